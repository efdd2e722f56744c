# Packaging: the Debian 12 package (cpack -G DEB in the build directory) and the desktop
# integration files it installs (packaging/CMakeLists.txt).

set(RIDEWATCH_APP_ID "cn.ridewatch.RideWatch")
# The package installs under /usr; the systemd unit names the platform's binary there.
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")

add_subdirectory(packaging)

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "ridewatch")
set(CPACK_PACKAGE_VENDOR "The RideWatch team")
set(CPACK_PACKAGE_CONTACT "RideWatch team <team@ridewatch.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Ride-hailing supervision console and reference industry platform")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "RideWatch is a desktop console for the people who supervise ride-hailing (网约车) in China:\n"
    "city officers watch the live fleet, provincial supervisors review each platform company's\n"
    "data-transmission quality, enforcement officers look up drivers and vehicles at the roadside.\n"
    "The package also holds ridewatch-platform, a reference implementation of the industry\n"
    "platform (行业平台), with a systemd unit that is installed but not enabled.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # ridewatch_<version>-<release>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
# The shared libraries the binaries link (Qt, OpenSSL, SQLite, protobuf, zlib) come from dpkg-shlibdeps;
# the rest are loaded at run time and no ELF dependency names them:
# - fonts-noto-cjk: the Chinese interface (zh_CN is the primary language) needs a CJK font;
# - qt6-translations-l10n: Qt's own strings (dialog buttons) in Chinese;
# - libqt6positioning6-plugins: the officer's own position (NMEA receivers, GeoClue).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-noto-cjk, qt6-translations-l10n, libqt6positioning6-plugins")
# Wayland sessions, and the icon theme's directory and cache triggers.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${PROJECT_SOURCE_DIR}/packaging/debian/postinst"
    "${PROJECT_SOURCE_DIR}/packaging/debian/prerm"
    "${PROJECT_SOURCE_DIR}/packaging/debian/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
