#pragma once

#include "client/policysnapshot.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace rw {

class AdminClient;
class BusyIndicator;
class InlineMessage;

/**
 * \brief The security administrator's password, lockout and session policy (DESIGN §8; GB/T
 * 22239-2019 §8.1.4.1 a/b).
 *
 * One spin box per setting, limited to the range the platform reports for it, and one check box per
 * role for the second factor (the administrators' cannot be cleared: §8.1.4.1 d). The form is checked
 * as the platform checks it (PasswordPolicy::validate()) while it is edited; each problem appears under
 * the setting it names, and so do the platform's own refusals. Apply asks for confirmation, listing every
 * change ("Minimum length (characters): 12 → 14"); Revert returns to the policy in force.
 */
class PolicyPage : public QWidget
{
    Q_OBJECT

public:
    /** \a canEdit: the viewer holds ManageSecurityPolicy; otherwise the form is read-only. */
    PolicyPage(AdminClient *client, bool canEdit, QWidget *parent = nullptr);

    /** The policy as the form shows it now. */
    PasswordPolicy editedPolicy() const;
    /** The policy in force, as last received. */
    PasswordPolicy loadedPolicy() const { return m_loaded.policy; }
    bool isLoaded() const { return m_haveLoaded; }
    bool isModified() const { return m_haveLoaded && !(editedPolicy() == m_loaded.policy); }
    /** One translated line per change from the policy in force, e.g. "Minimum length (characters): 12 → 14".
     */
    QStringList changes() const;
    /** The problems shown under the setting \a key (a PasswordPolicy::toJson() key). */
    QString problemText(const QString &key) const;

public Q_SLOTS:
    /** Reads the policy in force from the platform (done by itself when first shown). */
    void reload();
    /** Returns the form to the policy in force. */
    void revert();
    /** Asks for confirmation, then saves. */
    void apply();

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Field
    {
        QString key;
        QSpinBox *spin = nullptr;
        QLabel *problem = nullptr;
        QString label;
        QString unit; //!< translated, e.g. "days"
        int PasswordPolicy::*member = nullptr;
    };

    void showSnapshot(const PolicySnapshot &snapshot);
    void setPolicy(const PasswordPolicy &policy);
    void updateState();
    void showProblems(const QStringList &lines);
    void setBusy(bool busy);

    AdminClient *m_client;
    bool m_canEdit;
    bool m_haveLoaded = false;
    bool m_busy = false;
    bool m_requested = false;
    bool m_fetching = false; //!< this page asked for the policy and waits
    bool m_saving = false;   //!< this page sent a policy and waits
    PolicySnapshot m_loaded;
    QList<Field> m_fields;
    QMap<int, QCheckBox *> m_totp; //!< by Role::Id
    QLabel *m_totpProblem;
    QLabel *m_lastChange;
    QLabel *m_status;
    InlineMessage *m_error;
    BusyIndicator *m_busyIndicator;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QStringList m_serverProblems; //!< the platform's last refusal, until the form changes
};

} // namespace rw
