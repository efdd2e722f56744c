// A bounded, deterministic fuzz run of the upload decoders (JsonCodec, ProtobufCodec for OTIpc and
// for OTIpcList), run by ctest on every build.
//
// Seeds are valid encodings of every interface of the catalogue (plus hand-written JSON); each
// iteration mutates one (bit flips, interesting bytes, truncation, insertion, deletion,
// duplication, splices of two seeds, tokens of the format, length-prefix and nesting bombs,
// random bytes) and decodes it, after a fixed list of hostile inputs (deep nesting, huge lengths
// and numbers). Asserted: no crash, no hang (every input decodes in bounded time), every input
// either decodes into consistent envelopes or yields a non-empty error, and what decodes survives
// our own encoder and decodes alike. Environment, for longer hunts:
//   RIDEWATCH_FUZZ_SEED=<n>        another random sequence (the default one is fixed)
//   RIDEWATCH_FUZZ_ITERATIONS=<n>  iterations per decoder (default below)
// A failure prints the seed, the iteration and the input in hex, so it can be replayed.

#include "decoderfuzzing.h"
#include "protocol/interfacecatalogue.h"
#include "protocol/jsoncodec.h"
#include "protocol/protobufcodec.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <google/protobuf/stubs/logging.h>

#include <functional>

using namespace rw;

namespace {

// About 1 s per decoder in a release build; the debug preset (sanitizers, -O0) is ~10x slower.
#ifdef NDEBUG
constexpr int kDefaultIterations = 100000;
#else
constexpr int kDefaultIterations = 30000;
#endif
constexpr quint32 kDefaultSeed = 0x52570001;
constexpr qint64 kSlowInputMs = 2000; // one input taking this long counts as a hang

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok ? value : fallback;
}

class Mutator
{
public:
    Mutator(quint32 seed, QList<QByteArray> seeds, QList<QByteArray> dictionary)
        : m_random(seed)
        , m_seeds(std::move(seeds))
        , m_dictionary(std::move(dictionary))
    {}

    QByteArray next()
    {
        QByteArray input = m_seeds.at(pick(m_seeds.size()));
        // Mostly one mutation, so that many inputs stay close enough to valid to decode.
        const int rounds = pick(4) == 0 ? 2 + pick(3) : 1;
        for (int i = 0; i < rounds; ++i)
            mutate(&input);
        return input;
    }

    int pick(int n) { return n <= 0 ? 0 : int(m_random.bounded(quint32(n))); }

private:
    void mutate(QByteArray *input)
    {
        const qsizetype size = input->size();
        const qsizetype at = size ? pick(int(size)) : 0;
        switch (pick(12)) {
        case 0: // flip bits
            for (int i = 0, n = 1 + pick(8); i < n && size; ++i)
                (*input)[pick(int(size))] ^= char(1 << pick(8));
            break;
        case 1: { // interesting bytes
            static const char interesting[] = {0, 1, 0x7f, char(0x80), char(0xff), '{', '[', '"', '\\', ','};
            if (size)
                (*input)[at] = interesting[pick(sizeof interesting)];
            break;
        }
        case 2: // truncate
            input->truncate(at);
            break;
        case 3: { // insert random bytes
            QByteArray bytes(1 + pick(16), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(pick(256));
            input->insert(at, bytes);
            break;
        }
        case 4: // delete a range
            input->remove(at, 1 + pick(32));
            break;
        case 5: // duplicate a range
            input->insert(at, input->mid(at, 1 + pick(64)));
            break;
        case 6: { // splice with another seed
            const QByteArray &other = m_seeds.at(pick(m_seeds.size()));
            *input = input->left(at) + other.mid(other.isEmpty() ? 0 : pick(int(other.size())));
            break;
        }
        case 7: // a huge length / varint: 5 or 10 continuation-heavy bytes
            input->insert(at, pick(2) ? QByteArray("\xff\xff\xff\xff\x07", 5)
                                      : QByteArray("\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 10));
            break;
        case 8: { // nesting bomb: protobuf start-groups / sub-message prefixes, or JSON brackets
            const int depth = 1 + pick(5000);
            const int kind = pick(3);
            const QByteArray unit = kind == 0   ? QByteArray("\x0b", 1)
                                    : kind == 1 ? QByteArray("[")
                                                : QByteArray("{\"a\":");
            input->insert(at, unit.repeated(depth));
            break;
        }
        case 9: { // entirely random bytes
            QByteArray bytes(pick(256), Qt::Uninitialized);
            for (char &c : bytes)
                c = char(pick(256));
            *input = bytes;
            break;
        }
        case 10: // a token the format gives meaning to, inserted or overwriting
            if (!m_dictionary.isEmpty()) {
                const QByteArray &token = m_dictionary.at(pick(m_dictionary.size()));
                if (pick(2))
                    input->insert(at, token);
                else
                    input->replace(at, qMin<qsizetype>(token.size(), size - at), token);
            }
            break;
        default: // swap two bytes
            if (size > 1)
                std::swap((*input)[at], (*input)[pick(int(size))]);
            break;
        }
    }

    QRandomGenerator m_random;
    QList<QByteArray> m_seeds;
    QList<QByteArray> m_dictionary;
};

struct Target
{
    QString name;
    std::function<DecodeResult(const QByteArray &, const InterfaceSpec *)> decode;
    QList<QByteArray> seeds;
    std::function<QByteArray(const DecodeResult &)> reencode;
    QList<QByteArray> dictionary;
    QList<QByteArray> hostile; // fixed inputs tried before the random ones
};

} // namespace

class TestDecoderFuzz : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fuzz_data();
    void fuzz();

private:
    std::shared_ptr<const InterfaceCatalogue> m_catalogue;
    QList<Target> m_targets;
};

void TestDecoderFuzz::initTestCase()
{
    // Debug builds of protobuf log every string that is not UTF-8; the codec refuses those by name.
    google::protobuf::SetLogHandler(
        [](google::protobuf::LogLevel, const char *, int, const std::string &message) {
            if (message.find("invalid UTF-8") == std::string::npos)
                qWarning("protobuf: %s", message.c_str());
        });
    m_catalogue = InterfaceCatalogue::builtIn();
    QVERIFY(m_catalogue);
    const QList<UploadEnvelope> envelopes = fuzz::sampleEnvelopes(*m_catalogue);

    auto protobuf = std::make_shared<ProtobufCodec>(m_catalogue);
    auto json = std::make_shared<JsonCodec>(m_catalogue);
    Target single;
    single.name = QStringLiteral("protobuf OTIpc");
    single.decode = [protobuf](const QByteArray &body, const InterfaceSpec *expected) {
        return protobuf->decode(body, false, expected);
    };
    single.reencode = [protobuf](const DecodeResult &result) {
        return protobuf->encode(result.envelopes.first());
    };
    Target list;
    list.name = QStringLiteral("protobuf OTIpcList");
    list.decode = [protobuf](const QByteArray &body, const InterfaceSpec *expected) {
        return protobuf->decode(body, true, expected);
    };
    list.reencode = [protobuf](const DecodeResult &result) { return protobuf->encodeList(result.envelopes); };
    Target text;
    text.name = QStringLiteral("JSON");
    text.decode = [json](const QByteArray &body, const InterfaceSpec *expected) {
        return json->decode(body, expected);
    };
    text.reencode = [json](const DecodeResult &result) { return json->encode(result.envelopes.first()); };

    for (qsizetype i = 0; i < envelopes.size(); ++i) {
        single.seeds.append(protobuf->encode(envelopes.at(i)));
        list.seeds.append(protobuf->encodeList(envelopes.mid(i, 1 + i % 3)));
        text.seeds.append(json->encode(envelopes.at(i)));
    }
    // Hand-written JSON the encoder never produces: whitespace, escapes, nested values, unknown names.
    text.seeds += {
        R"( { "IPCType" : "positionVehicle" , "CompanyId":"C1","Source":"1",
              "positionVehicle" : { "VehicleNo" : "\u743cD\t1", "Speed" : 5.0, "Extra" : [1, {"a": null}],
                                    "OrderId" : null, "Longitude" : -1e3 } } )",
        R"({"CompanyId":"C1","IPCType":"orderCreate","orderCreate":[{},{"OrderId":"\ud83d\ude97"}],"x":1})",
    };

    // Protobuf: IPCType tags with real codes, record-field tags, lengths; JSON: tokens and names.
    QList<QByteArray> protobufTokens = {
        QByteArray("\x18\x82\x80\x01", 4), QByteArray("\x18\x81\x20", 3),
        QByteArray("\x0a\x00", 2),         QByteArray("\x12\x00", 2),
        QByteArray("\x0b\x0c", 2),         QByteArray("\x80\x80\x80\x80\x10", 5)};
    for (int field = 16; field < 16 + int(m_catalogue->interfaces().size()); ++field)
        protobufTokens.append(QByteArray(1, char((((field << 3) | 2) & 0x7f) | 0x80)) + char(field >> 4) +
                              '\0');
    single.dictionary = protobufTokens;
    list.dictionary = protobufTokens;
    text.dictionary = {"null",
                       "true",
                       "false",
                       "-0",
                       "1e999",
                       "-1e-999",
                       "99999999999999999999",
                       "0.1e1",
                       "\"\\ud800\"",
                       "\"\\u0000\"",
                       "{}",
                       "[]",
                       ",",
                       ":",
                       "\"",
                       "\\",
                       "\"IPCType\"",
                       "\"CompanyId\":",
                       "\xc3\x28",
                       "\xef\xbb\xbf"};
    for (const InterfaceSpec *spec : m_catalogue->interfaces())
        text.dictionary.append('"' + spec->ipcType.toUtf8() + '"');

    // Inputs that have broken decoders elsewhere: nesting, huge lengths and numbers, empty bodies.
    const QByteArray deepProtobuf = QByteArray("\x0b").repeated(200000);
    single.hostile = {QByteArray(), deepProtobuf, QByteArray("\x82\x02\xff\xff\xff\xff\x07", 7)};
    list.hostile = {QByteArray(), QByteArray("\x0a\x80\x80\x80\x80\x08", 6), "\x0a\x05" + deepProtobuf};
    text.hostile = {QByteArray(),
                    QByteArray("[").repeated(200000),
                    QByteArray("{\"a\":").repeated(100000),
                    R"({"IPCType":"positionVehicle","positionVehicle":)" + QByteArray("[").repeated(100000),
                    R"({"IPCType":"positionVehicle","positionVehicle":{"Speed":1e999999}})",
                    R"({"IPCType":"positionVehicle","positionVehicle":{"VehicleNo":")" +
                        QByteArray(1 << 20, 'x'),
                    QByteArray("\xef\xbb\xbf{}"),
                    QByteArray("{\"IPCType\":\"positionVehicle\"\x00}", 31)};

    // The seeds themselves must decode, or the run would only explore error paths.
    for (const Target *target : {&single, &list, &text}) {
        for (const QByteArray &seed : target->seeds) {
            const DecodeResult result = target->decode(seed, nullptr);
            QVERIFY2(result.ok(), qPrintable(target->name + u": "_qs + result.error));
        }
    }
    m_targets = {single, list, text};
}

void TestDecoderFuzz::fuzz_data()
{
    QTest::addColumn<int>("target");
    for (int i = 0; i < m_targets.size(); ++i)
        QTest::newRow(qPrintable(m_targets.at(i).name)) << i;
}

void TestDecoderFuzz::fuzz()
{
    QFETCH(int, target);
    const Target &t = m_targets.at(target);
    const quint32 seed = quint32(envInt("RIDEWATCH_FUZZ_SEED", int(kDefaultSeed))) + quint32(target);
    const int iterations = envInt("RIDEWATCH_FUZZ_ITERATIONS", kDefaultIterations);
    Mutator mutator(seed, t.seeds, t.dictionary);
    for (const QByteArray &input : t.hostile) {
        QElapsedTimer timer;
        timer.start();
        const DecodeResult result = t.decode(input, nullptr);
        QString why;
        QVERIFY2(fuzz::checkResult(result, &why), qPrintable(why));
        QVERIFY2(timer.elapsed() < kSlowInputMs, qPrintable(QString::fromLatin1(input.left(64).toHex())));
    }
    const auto &interfaces = m_catalogue->interfaces();

    int decoded = 0;
    qint64 slowest = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; i < iterations; ++i) {
        const QByteArray input = mutator.next();
        // Half of the inputs arrive on an interface's path, as the server decodes them.
        const InterfaceSpec *expected =
            mutator.pick(2) ? interfaces.at(mutator.pick(int(interfaces.size()))) : nullptr;
        QElapsedTimer timer;
        timer.start();
        const DecodeResult result = t.decode(input, expected);
        const qint64 elapsed = timer.elapsed();
        slowest = qMax(slowest, elapsed);
        QString why;
        if (elapsed > kSlowInputMs)
            why = QStringLiteral("took %1 ms").arg(elapsed);
        if (why.isEmpty() && !fuzz::checkResult(result, &why))
            why.prepend(result.error + u' ');
        if (why.isEmpty() && result.ok() && t.reencode) {
            // What was accepted must survive our own encoder (odd values included) and decode again.
            const DecodeResult again = t.decode(t.reencode(result), expected);
            if (!again.ok() || again.envelopes.size() != result.envelopes.size() ||
                again.envelopes.first().records.size() != result.envelopes.first().records.size())
                why = QStringLiteral("re-encoding a decoded input does not decode alike: ") + again.error;
        }
        if (!why.isEmpty()) {
            const QString message = QStringLiteral("%1, seed %2, iteration %3: %4; input (%5 bytes): %6")
                                        .arg(t.name)
                                        .arg(seed)
                                        .arg(i)
                                        .arg(why)
                                        .arg(input.size())
                                        .arg(QString::fromLatin1(input.left(512).toHex()));
            QFAIL(qPrintable(message));
        }
        if (result.ok())
            ++decoded;
    }
    // Both paths must have been exercised, or the mutations are too weak or too strong.
    QVERIFY2(decoded > 0, "no mutated input decoded");
    QVERIFY2(decoded < iterations, "every mutated input decoded");
    qInfo("%s: %d inputs, %d decoded, %d rejected, slowest %lld ms, %lld ms in all", qPrintable(t.name),
          iterations, decoded, iterations - decoded, slowest, total.elapsed());
}

QTEST_GUILESS_MAIN(TestDecoderFuzz)
#include "tst_decoderfuzz.moc"
