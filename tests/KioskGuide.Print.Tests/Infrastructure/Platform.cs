// The kiosk and its tools (poppler, zbar, ippeveprinter, sh) are Debian; so are these tests.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
