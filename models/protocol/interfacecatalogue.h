#pragma once

#include "interfacespec.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace rw {

/**
 * \brief The 32 upload interfaces of the spec, loaded from data.
 *
 * The catalogue file (default ":/protocol/interfaces.json") lists every interface with its fields;
 * see docs/protocol.md for its format. Specs are owned by the catalogue and their addresses are
 * stable for its lifetime, so Record::spec may point into it.
 */
class InterfaceCatalogue
{
public:
    /** Loads the built-in catalogue. Aborts with a clear message if the compiled-in data is broken. */
    static std::shared_ptr<const InterfaceCatalogue> builtIn();

    /** Loads a catalogue from JSON; on failure returns nullptr and sets \a error. */
    static std::shared_ptr<const InterfaceCatalogue> fromJson(const QByteArray &json, QString *error);

    QString version() const { return m_version; }
    const QList<const InterfaceSpec *> &interfaces() const { return m_order; }
    const InterfaceSpec *byIpcType(QStringView ipcType) const;  //!< case-sensitive, as the spec
    const InterfaceSpec *byCode(quint32 code) const;
    const InterfaceSpec *byPath(QStringView path) const;        //!< with or without leading '/'
    const InterfaceSpec *byTopic(QStringView topic) const;

private:
    InterfaceCatalogue() = default;

    QString m_version;
    std::vector<std::unique_ptr<InterfaceSpec>> m_specs;
    QList<const InterfaceSpec *> m_order;
    QHash<QString, const InterfaceSpec *> m_byIpcType;
    QHash<quint32, const InterfaceSpec *> m_byCode;
    QHash<QString, const InterfaceSpec *> m_byPath;
    QHash<QString, const InterfaceSpec *> m_byTopic;
};

} // namespace rw
