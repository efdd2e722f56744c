#pragma once

#include <QCoreApplication>
#include <QString>

namespace rw {

/**
 * \brief One password rule a candidate breaks, with the rule's limit and a translated message
 * that names the rule and the number ("… rule minLength requires at least 12").
 *
 * Never carries the password or the matched blocklist entry: messages may end up in logs and in the
 * audit trail.
 */
struct PasswordRuleFailure
{
    Q_DECLARE_TR_FUNCTIONS(rw::PasswordRuleFailure)

public:
    enum class Rule {
        TooShort,         //!< fewer characters than minLength
        TooLong,          //!< more than maxLength
        TooFewClasses,    //!< fewer character classes than minClasses
        Blocklisted,      //!< a common password or a variant of one
        ContainsUserName, //!< is or contains the user name
        Reused,           //!< equals one of the last historyCount passwords
        TooSoon,          //!< changed less than minAgeDays ago
    };

    Rule rule = Rule::TooShort;
    int limit = 0;  //!< the policy's number for the rule (length, classes, days, history size, list size)
    int actual = 0; //!< the candidate's number, where there is one (its length, its classes)
    QString message;

    /** The policy key the rule is configured by: "minLength", "maxLength", "minClasses", "blocklist",
     * "userName", "historyCount", "minAgeDays". */
    static QString ruleKey(Rule rule);
};

} // namespace rw
