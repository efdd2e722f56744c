#include "protocol/compression.h"

#include <QRandomGenerator>
#include <QTest>

using namespace rw;

class tst_Compression : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void limitIsEnforced();
    void corruptAndTruncatedInputIsNamed();
};

void tst_Compression::roundTrip()
{
    QByteArray data;
    QRandomGenerator random(7);
    for (int i = 0; i < 100000; ++i)
        data.append(char('a' + random.bounded(4)));
    const QByteArray packed = Compression::gzip(data);
    QVERIFY(packed.size() < data.size());
    QCOMPARE(quint8(packed.at(0)), quint8(0x1f)); // gzip magic
    QString error;
    QCOMPARE(Compression::gunzip(packed, data.size(), &error), data);
    QVERIFY(error.isEmpty());
    QCOMPARE(Compression::gunzip(Compression::gzip(QByteArray()), 10, &error), QByteArray());
}

void tst_Compression::limitIsEnforced()
{
    const QByteArray packed = Compression::gzip(QByteArray(1000001, 'x'));
    QString error;
    QVERIFY(Compression::gunzip(packed, 1000000, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("1000000")), qPrintable(error));
    error.clear();
    QCOMPARE(Compression::gunzip(packed, 1000001, &error).size(), 1000001);
}

void tst_Compression::corruptAndTruncatedInputIsNamed()
{
    const QByteArray packed = Compression::gzip(QByteArray(5000, 'y'));
    QString error;
    QVERIFY(Compression::gunzip(packed.left(packed.size() / 2), 100000, &error).isEmpty());
    QVERIFY(error.contains(QStringLiteral("truncated")));
    QByteArray corrupt = packed;
    corrupt[12] = char(corrupt[12] ^ 0x5a);
    corrupt[13] = char(corrupt[13] ^ 0xa5);
    error.clear();
    Compression::gunzip(corrupt, 100000, &error);
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(Compression::gunzip("not gzip at all", 100, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(tst_Compression)
#include "tst_compression.moc"
