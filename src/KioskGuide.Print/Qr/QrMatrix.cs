using System.Text;
using QrEncoder = ZXing.QrCode.Internal.Encoder;
using ZXing;
using ZXing.QrCode.Internal;

namespace KioskGuide.Print.Qr;

/// <summary>
/// A QR code's modules, quiet zone included (4 light modules on each side, as ISO/IEC 18004 asks),
/// so whoever draws it into a square of this many modules keeps the quiet zone free by construction.
/// Encoded with ZXing.Net; only the module matrix is taken, the layout draws it as vectors.
/// </summary>
public sealed class QrMatrix
{
    /// <summary>Light modules on each side.</summary>
    public const int QuietZone = 4;

    private readonly bool[] _dark;

    private QrMatrix(int size, bool[] dark)
    {
        Size = size;
        _dark = dark;
    }

    /// <summary>Modules per side, quiet zone included.</summary>
    public int Size { get; }

    public bool this[int x, int y] => _dark[(y * Size) + x];

    /// <summary>Encodes <paramref name="text"/> with error correction <paramref name="level"/> ("M", "Q" or "H").</summary>
    public static QrMatrix Encode(string text, string level = "M")
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        var ecc = level switch
        {
            "M" => ErrorCorrectionLevel.M,
            "Q" => ErrorCorrectionLevel.Q,
            "H" => ErrorCorrectionLevel.H,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "M, Q or H: L is too fragile for paper."),
        };

        // Addresses are ASCII in practice; UTF-8 (with its ECI) only when one is not, so phones read æøå right.
        var hints = new Dictionary<EncodeHintType, object>();
        if (!Ascii.IsValid(text))
        {
            hints[EncodeHintType.CHARACTER_SET] = "UTF-8";
        }

        var code = QrEncoder.encode(text, ecc, hints);
        var modules = code.Matrix; // ZXing's matrix has no quiet zone: add it here
        int inner = modules.Width;
        int size = inner + (2 * QuietZone);
        var dark = new bool[size * size];
        for (int y = 0; y < inner; y++)
        {
            for (int x = 0; x < inner; x++)
            {
                dark[((y + QuietZone) * size) + x + QuietZone] = modules[x, y] == 1;
            }
        }
        return new QrMatrix(size, dark);
    }
}
