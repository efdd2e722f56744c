// ridewatch-iconrender: draws the RideWatch application icon, a map pin holding a car on a map tile,
// as PNG files in the hicolor sizes and as one scalable SVG, from a single description (the shapes
// below), so that no generated image is committed and the SVG and the PNGs cannot drift apart.
//
// Usage: ridewatch-iconrender <output dir> <icon name> <size>...
// writes <output dir>/<n>x<n>/apps/<icon name>.png for every size and
// <output dir>/scalable/apps/<icon name>.svg (the freedesktop icon theme layout).
//
// Small sizes leave out the detail that would only blur (the car, the roads): below 48 px the pin
// holds a plain white dot, so the icon still reads as a pin at 16 px. The SVG is the full drawing.

#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QString>
#include <QStringList>

#include <cmath>
#include <cstdio>
#include <vector>

namespace {

constexpr double kCanvas = 256.0;

struct Fill
{
    QColor top;
    QColor bottom; // equal to top for a flat colour
    double y0 = 0; // the gradient runs vertically from y0 to y1 (canvas units)
    double y1 = 0;
};

enum class Kind { RoundRect, Circle, Ellipse, Polygon, Pin };

struct Shape
{
    Kind kind;
    std::vector<double> v; // RoundRect: x y w h r; Circle: cx cy r; Ellipse: cx cy rx ry;
                           // Polygon: x0 y0 x1 y1 ...; Pin: cx cy r tipY
    Fill fill;
    int minSize = 0;      // drawn from this pixel size up
    int maxSize = 100000; // ... and below this one
};

Fill flat(const char *color, double alpha = 1.0)
{
    QColor c(QString::fromLatin1(color));
    c.setAlphaF(float(alpha));
    return {c, c, 0, 0};
}

Fill gradient(const char *top, const char *bottom, double y0, double y1)
{
    return {QColor(QString::fromLatin1(top)), QColor(QString::fromLatin1(bottom)), y0, y1};
}

// Where the two straight sides of a pin touch its round head: the tangents from the tip to the circle.
struct PinGeometry
{
    QPointF tip;
    QPointF right;
    QPointF left;
    double halfAngleDegrees; // angle between "straight down" and a tangent point, seen from the centre
};

PinGeometry pinGeometry(double cx, double cy, double r, double tipY)
{
    const double alpha = std::acos(r / (tipY - cy));
    const double down = M_PI / 2; // screen coordinates: y grows downwards
    return {QPointF(cx, tipY), QPointF(cx + r * std::cos(down - alpha), cy + r * std::sin(down - alpha)),
            QPointF(cx + r * std::cos(down + alpha), cy + r * std::sin(down + alpha)), alpha * 180.0 / M_PI};
}

// The drawing, in a 256 × 256 canvas.
std::vector<Shape> icon()
{
    const double hx = 128, hy = 100, headR = 62, tipY = 214; // the pin
    std::vector<Shape> shapes;
    // The map tile, with two roads.
    shapes.push_back({Kind::RoundRect, {16, 16, 224, 224, 48}, gradient("#2196F3", "#1257B0", 16, 240)});
    shapes.push_back({Kind::RoundRect, {16, 166, 224, 18, 0}, flat("#FFFFFF", 0.22), 32});
    shapes.push_back({Kind::RoundRect, {76, 16, 18, 224, 0}, flat("#FFFFFF", 0.22), 32});
    // The pin's shadow, the pin, and its white disc.
    shapes.push_back({Kind::Ellipse, {hx, tipY, 34, 9}, flat("#000000", 0.28), 24});
    shapes.push_back({Kind::Pin, {hx, hy, headR, tipY}, gradient("#FFC107", "#F57C00", hy - headR, tipY)});
    shapes.push_back({Kind::Circle, {hx, hy, 30}, flat("#FFFFFF"), 0, 48});
    shapes.push_back({Kind::Circle, {hx, hy, 45}, flat("#FFFFFF"), 48});
    // The car, seen from the side, driving right.
    const char *car = "#0D3C8C";
    shapes.push_back({Kind::Polygon,
                      {hx - 24, hy + 2, hx - 14, hy - 16, hx + 12, hy - 16, hx + 25, hy + 2},
                      flat(car),
                      48});
    shapes.push_back({Kind::RoundRect, {hx - 36, hy, 72, 21, 8}, flat(car), 48});
    shapes.push_back({Kind::Polygon,
                      {hx - 16, hy + 1, hx - 10, hy - 11, hx - 2, hy - 11, hx - 2, hy + 1},
                      flat("#FFFFFF"),
                      64});
    shapes.push_back({Kind::Polygon,
                      {hx + 2, hy + 1, hx + 2, hy - 11, hx + 9, hy - 11, hx + 17, hy + 1},
                      flat("#FFFFFF"),
                      64});
    for (const double wx : {hx - 20, hx + 20}) {
        shapes.push_back({Kind::Circle, {wx, hy + 22, 10}, flat(car), 48});
        shapes.push_back({Kind::Circle, {wx, hy + 22, 4}, flat("#FFFFFF"), 64});
    }
    return shapes;
}

QPainterPath pathOf(const Shape &s)
{
    QPainterPath path;
    const auto &v = s.v;
    switch (s.kind) {
    case Kind::RoundRect:
        path.addRoundedRect(QRectF(v[0], v[1], v[2], v[3]), v[4], v[4]);
        break;
    case Kind::Circle:
        path.addEllipse(QPointF(v[0], v[1]), v[2], v[2]);
        break;
    case Kind::Ellipse:
        path.addEllipse(QPointF(v[0], v[1]), v[2], v[3]);
        break;
    case Kind::Polygon: {
        QPolygonF polygon;
        for (size_t i = 0; i + 1 < v.size(); i += 2)
            polygon << QPointF(v[i], v[i + 1]);
        path.addPolygon(polygon);
        path.closeSubpath();
        break;
    }
    case Kind::Pin: {
        const PinGeometry g = pinGeometry(v[0], v[1], v[2], v[3]);
        path.moveTo(g.tip);
        path.lineTo(g.right);
        // Qt's angles turn counter-clockwise from 3 o'clock; go over the top to the left tangent.
        const double start = -(90.0 - g.halfAngleDegrees);
        path.arcTo(QRectF(v[0] - v[2], v[1] - v[2], 2 * v[2], 2 * v[2]), start,
                   360.0 - 2 * g.halfAngleDegrees);
        path.closeSubpath();
        break;
    }
    }
    return path;
}

QImage render(int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / kCanvas, size / kCanvas);
    painter.setPen(Qt::NoPen);
    for (const Shape &s : icon()) {
        if (size < s.minSize || size >= s.maxSize)
            continue;
        if (s.fill.top == s.fill.bottom) {
            painter.setBrush(s.fill.top);
        } else {
            QLinearGradient gradient(0, s.fill.y0, 0, s.fill.y1);
            gradient.setColorAt(0, s.fill.top);
            gradient.setColorAt(1, s.fill.bottom);
            painter.setBrush(gradient);
        }
        painter.drawPath(pathOf(s));
    }
    return image;
}

QString number(double value)
{
    return QString::number(value, 'g', 6);
}

// The full drawing (every shape a 256 px or larger rendering shows) as SVG 1.1.
QString svg()
{
    QString defs;
    QString body;
    int gradients = 0;
    for (const Shape &s : icon()) {
        if (s.minSize > 256 || s.maxSize <= 256)
            continue;
        QString paint;
        if (s.fill.top == s.fill.bottom) {
            paint = QStringLiteral("fill=\"%1\"").arg(s.fill.top.name(QColor::HexRgb));
            if (s.fill.top.alphaF() < 1.0)
                paint +=
                    QStringLiteral(" fill-opacity=\"%1\"").arg(QString::number(s.fill.top.alphaF(), 'g', 2));
        } else {
            const QString id = QStringLiteral("g%1").arg(gradients++);
            defs += QStringLiteral("    <linearGradient id=\"%1\" gradientUnits=\"userSpaceOnUse\" x1=\"0\" "
                                   "y1=\"%2\" x2=\"0\" y2=\"%3\">\n"
                                   "      <stop offset=\"0\" stop-color=\"%4\"/>\n"
                                   "      <stop offset=\"1\" stop-color=\"%5\"/>\n"
                                   "    </linearGradient>\n")
                        .arg(id, number(s.fill.y0), number(s.fill.y1), s.fill.top.name(QColor::HexRgb),
                             s.fill.bottom.name(QColor::HexRgb));
            paint = QStringLiteral("fill=\"url(#%1)\"").arg(id);
        }
        const auto &v = s.v;
        switch (s.kind) {
        case Kind::RoundRect:
            body += QStringLiteral("  <rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" %6/>\n")
                        .arg(number(v[0]), number(v[1]), number(v[2]), number(v[3]), number(v[4]), paint);
            break;
        case Kind::Circle:
            body += QStringLiteral("  <circle cx=\"%1\" cy=\"%2\" r=\"%3\" %4/>\n")
                        .arg(number(v[0]), number(v[1]), number(v[2]), paint);
            break;
        case Kind::Ellipse:
            body += QStringLiteral("  <ellipse cx=\"%1\" cy=\"%2\" rx=\"%3\" ry=\"%4\" %5/>\n")
                        .arg(number(v[0]), number(v[1]), number(v[2]), number(v[3]), paint);
            break;
        case Kind::Polygon: {
            QStringList points;
            for (size_t i = 0; i + 1 < v.size(); i += 2)
                points << number(v[i]) + QLatin1Char(',') + number(v[i + 1]);
            body +=
                QStringLiteral("  <polygon points=\"%1\" %2/>\n").arg(points.join(QLatin1Char(' ')), paint);
            break;
        }
        case Kind::Pin: {
            const PinGeometry g = pinGeometry(v[0], v[1], v[2], v[3]);
            // Large arc, counter-clockwise on screen (sweep flag 0): from the right tangent over the top.
            body += QStringLiteral("  <path d=\"M %1 %2 L %3 %4 A %5 %5 0 1 0 %6 %7 Z\" %8/>\n")
                        .arg(number(g.tip.x()), number(g.tip.y()), number(g.right.x()), number(g.right.y()),
                             number(v[2]), number(g.left.x()), number(g.left.y()), paint);
            break;
        }
        }
    }
    return QStringLiteral(
               "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<!-- Generated by packaging/linux/iconrender.cpp; edit that file, not this one. -->\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"256\" height=\"256\" "
               "viewBox=\"0 0 256 256\">\n"
               "  <defs>\n%1  </defs>\n%2</svg>\n")
        .arg(defs, body);
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size() &&
           file.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    // No QGuiApplication: painting paths (no text) on a QImage needs no platform plugin, so the build
    // runs this without a display.
    if (argc < 4) {
        std::fprintf(stderr, "usage: %s <output dir> <icon name> <size>...\n", argv[0]);
        return 2;
    }
    const QString outputDir = QString::fromLocal8Bit(argv[1]);
    const QString name = QString::fromLocal8Bit(argv[2]);
    for (int i = 3; i < argc; ++i) {
        bool ok = false;
        const int size = QString::fromLocal8Bit(argv[i]).toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "ridewatch-iconrender: size \"%s\" is not a number from 8 to 1024\n",
                         argv[i]);
            return 2;
        }
        const QString path = QStringLiteral("%1/%2x%2/apps/%3.png").arg(outputDir).arg(size).arg(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        if (!render(size).save(path, "PNG")) {
            std::fprintf(stderr, "ridewatch-iconrender: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    const QString svgPath = QStringLiteral("%1/scalable/apps/%2.svg").arg(outputDir, name);
    if (!writeFile(svgPath, svg().toUtf8())) {
        std::fprintf(stderr, "ridewatch-iconrender: cannot write %s\n", qPrintable(svgPath));
        return 1;
    }
    return 0;
}
