#include "map/vehiclesprites.h"
#include "map/vehiclestyle.h"

#include <QPainter>
#include <QTest>

using namespace rw;

class TestVehicleSprites : public QObject
{
    Q_OBJECT

private slots:
    void middlePixelIsTheFillColour();
    void headingBuckets();
    void blitMatchesQPainterSourceOver_data();
    void blitMatchesQPainterSourceOver();
    void blitClipsAtTheEdges();
};

void TestVehicleSprites::middlePixelIsTheFillColour()
{
    VehicleSprites sprites;
    for (int st = 0; st < kBizStatusCount; ++st) {
        for (bool stale : {false, true}) {
            for (auto size : {VehicleSprites::Size::Small, VehicleSprites::Size::Normal}) {
                const QImage &s = sprites.vehicle(BizStatus(st), 4, stale, size);
                QVERIFY(s.width() % 2 == 1 && s.width() == s.height());
                const QColor expected =
                    stale ? VehicleStyle::staleColour() : VehicleStyle::statusColour(BizStatus(st));
                QCOMPARE(s.pixelColor(s.width() / 2, s.height() / 2), expected);
            }
        }
    }
    VehicleSprites hiDpi(2.0);
    const QImage &big = hiDpi.vehicle(BizStatus::Empty, 0, false, VehicleSprites::Size::Normal);
    QVERIFY(big.width() >=
            2 * sprites.vehicle(BizStatus::Empty, 0, false, VehicleSprites::Size::Normal).width() - 1);
    QCOMPARE(big.devicePixelRatio(), 2.0);
}

void TestVehicleSprites::headingBuckets()
{
    QCOMPARE(VehicleSprites::headingBucket(0), 0);
    QCOMPARE(VehicleSprites::headingBucket(11), 0);
    QCOMPARE(VehicleSprites::headingBucket(12), 1);
    QCOMPARE(VehicleSprites::headingBucket(90), 4);
    QCOMPARE(VehicleSprites::headingBucket(355), 0);
    QCOMPARE(VehicleSprites::headingBucket(0xffff), -1);
    // Different buckets are different pictures; no heading has no arrow.
    VehicleSprites sprites;
    const QImage north = sprites.vehicle(BizStatus::Carrying, 0, false, VehicleSprites::Size::Normal);
    const QImage east = sprites.vehicle(BizStatus::Carrying, 4, false, VehicleSprites::Size::Normal);
    const QImage none = sprites.vehicle(BizStatus::Carrying, -1, false, VehicleSprites::Size::Normal);
    QVERIFY(north != east);
    QVERIFY(qAlpha(north.pixel(north.width() / 2, 1)) > 0);
    QCOMPARE(qAlpha(none.pixel(none.width() / 2, 1)), 0);
}

void TestVehicleSprites::blitMatchesQPainterSourceOver_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("RGB32") << int(QImage::Format_RGB32);
    QTest::newRow("ARGB32_Premultiplied") << int(QImage::Format_ARGB32_Premultiplied);
}

void TestVehicleSprites::blitMatchesQPainterSourceOver()
{
    QFETCH(int, format);
    VehicleSprites sprites;
    const QImage &sprite = sprites.vehicle(BizStatus::Dispatched, 6, false, VehicleSprites::Size::Normal);
    QImage ours(40, 40, QImage::Format(format));
    ours.fill(QColor(0x80, 0xa0, 0x40));
    QImage theirs = ours.copy();
    VehicleSprites::blit(ours, sprite, 7, 9);
    {
        QPainter p(&theirs);
        QImage plain = sprite;
        plain.setDevicePixelRatio(1);
        p.drawImage(QPoint(7, 9), plain);
    }
    int worst = 0;
    for (int y = 0; y < 40; ++y) {
        for (int x = 0; x < 40; ++x) {
            const QRgb a = ours.pixel(x, y);
            const QRgb b = theirs.pixel(x, y);
            worst = qMax(worst, qMax(qAbs(qRed(a) - qRed(b)),
                                     qMax(qAbs(qGreen(a) - qGreen(b)), qAbs(qBlue(a) - qBlue(b)))));
        }
    }
    QVERIFY2(worst <= 1, qPrintable(QString::number(worst)));
    // Through the spans path too.
    QImage spans(40, 40, QImage::Format(format));
    spans.fill(QColor(0x80, 0xa0, 0x40));
    sprites.blitVehicle(
        spans, VehicleSprites::variant(BizStatus::Dispatched, 6, false, VehicleSprites::Size::Normal),
        7 + sprite.width() / 2, 9 + sprite.height() / 2);
    QCOMPARE(spans, ours);
}

void TestVehicleSprites::blitClipsAtTheEdges()
{
    VehicleSprites sprites;
    const QImage &sprite = sprites.vehicle(BizStatus::Empty, -1, false, VehicleSprites::Size::Normal);
    QImage target(10, 10, QImage::Format_RGB32);
    target.fill(Qt::white);
    VehicleSprites::blit(target, sprite, -sprite.width() / 2, -sprite.height() / 2); // middle at (0, 0)
    QCOMPARE(target.pixelColor(0, 0), VehicleStyle::statusColour(BizStatus::Empty));
    VehicleSprites::blit(target, sprite, 100, 100); // entirely outside: nothing, no crash
    VehicleSprites::blit(target, sprite, -100, 3);
    QCOMPARE(target.pixelColor(9, 9), QColor(Qt::white));
}

QTEST_MAIN(TestVehicleSprites)
#include "tst_vehiclesprites.moc"
