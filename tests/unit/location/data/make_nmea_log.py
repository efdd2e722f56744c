#!/usr/bin/env python3
"""Writes wuzhishan.nmea: a short GPS log near 通什, Wuzhishan (109.517 E, 18.775 N), for the tests of
models/location. Two epochs without a fix (RMC status V, GGA quality 0), then six epochs with a fix,
walking north-east ~10 m per epoch, 0.2 s apart so that the simulation replays in about a second.
Each epoch is a GGA (HDOP 1.2, 8 satellites) and an RMC with the same time. Run it from this folder."""


def checksum(body):
    value = 0
    for c in body:
        value ^= ord(c)
    return '%02X' % value


def sentence(body):
    return '$%s*%s\r\n' % (body, checksum(body))


def ddmm(degrees, width):
    whole = int(degrees)
    minutes = (degrees - whole) * 60
    return '%0*d%07.4f' % (width, whole, minutes)


def main():
    lines = []
    second = 45.0
    for epoch in range(8):
        t = '0230%05.2f' % second
        fix = epoch >= 2
        k = epoch - 2
        lat = 18.775 + 0.00009 * k  # ~10 m north per epoch
        lon = 109.517 + 0.00003 * k  # ~3 m east
        if fix:
            lines.append(sentence('GPGGA,%s,%s,N,%s,E,1,08,1.2,330.0,M,-8.0,M,,' % (t, ddmm(lat, 2), ddmm(lon, 3))))
            lines.append(sentence('GPRMC,%s,A,%s,N,%s,E,0.5,18.4,010325,,,A' % (t, ddmm(lat, 2), ddmm(lon, 3))))
        else:
            lines.append(sentence('GPGGA,%s,,,,,0,00,99.9,,M,,M,,' % t))
            lines.append(sentence('GPRMC,%s,V,,,,,,,010325,,,N' % t))
        second += 0.2
    with open('wuzhishan.nmea', 'w', newline='') as f:
        f.writelines(lines)


if __name__ == '__main__':
    main()
