// libFuzzer target for the upload decoders (built with -DRIDEWATCH_LIBFUZZER=ON and clang).
//
// The first input byte picks the decoder and the upload path; the rest is the body:
//   bits 0-1: 0 protobuf OTIpc, 1 protobuf OTIpcList, 2-3 JSON
//   bit 7:    decode as if posted to an interface's path; bits 2-6 pick the interface
// A broken invariant aborts, which libFuzzer reports with the input. Sanitizers find the rest.
//
// Start with the valid encodings of every interface as corpus:
//   mkdir corpus && RIDEWATCH_FUZZ_WRITE_SEEDS=corpus ./fuzz_decoders corpus -max_total_time=600

#include "decoderfuzzing.h"
#include "protocol/interfacecatalogue.h"
#include "protocol/jsoncodec.h"
#include "protocol/protobufcodec.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <cstdlib>

using namespace rw;

namespace {

struct Decoders
{
    std::shared_ptr<const InterfaceCatalogue> catalogue = InterfaceCatalogue::builtIn();
    ProtobufCodec protobuf{catalogue};
    JsonCodec json{catalogue};
};

const Decoders &decoders()
{
    static const Decoders instance;
    return instance;
}

void writeSeed(const QString &dir, char mode, const QByteArray &body)
{
    const QByteArray input = mode + body;
    QFile file(dir + u'/' + QString::fromLatin1(QCryptographicHash::hash(input, QCryptographicHash::Sha1).toHex()));
    if (file.open(QIODevice::WriteOnly))
        file.write(input);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    const QString dir = qEnvironmentVariable("RIDEWATCH_FUZZ_WRITE_SEEDS");
    if (dir.isEmpty())
        return 0;
    QDir().mkpath(dir);
    const Decoders &d = decoders();
    const QList<UploadEnvelope> envelopes = fuzz::sampleEnvelopes(*d.catalogue);
    for (qsizetype i = 0; i < envelopes.size(); ++i) {
        writeSeed(dir, 0, d.protobuf.encode(envelopes.at(i)));
        writeSeed(dir, 1, d.protobuf.encodeList(envelopes.mid(i, 1 + i % 3)));
        writeSeed(dir, 2, d.json.encode(envelopes.at(i)));
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const Decoders &d = decoders();
    const uint8_t mode = data[0];
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const auto &interfaces = d.catalogue->interfaces();
    const InterfaceSpec *expected = (mode & 0x80) ? interfaces.at(((mode >> 2) & 0x1f) % interfaces.size()) : nullptr;

    DecodeResult result;
    switch (mode & 3) {
    case 0: result = d.protobuf.decode(body, false, expected); break;
    case 1: result = d.protobuf.decode(body, true, expected); break;
    default: result = d.json.decode(body, expected); break;
    }
    QString why;
    if (!fuzz::checkResult(result, &why)) {
        std::fprintf(stderr, "decoder invariant broken: %s (%s)\n", qPrintable(why), qPrintable(result.error));
        std::abort();
    }
    return 0;
}
