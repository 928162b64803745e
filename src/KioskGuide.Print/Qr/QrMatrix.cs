using QRCoder;

namespace KioskGuide.Print.Qr;

/// <summary>
/// A QR code's modules, quiet zone included (4 light modules on each side, as ISO/IEC 18004 asks),
/// so whoever draws it into a square of this many modules keeps the quiet zone free by construction.
/// </summary>
public sealed class QrMatrix
{
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
            "M" => QRCodeGenerator.ECCLevel.M,
            "Q" => QRCodeGenerator.ECCLevel.Q,
            "H" => QRCodeGenerator.ECCLevel.H,
            _ => throw new ArgumentOutOfRangeException(nameof(level), level, "M, Q or H: L is too fragile for paper."),
        };

        using var data = QRCodeGenerator.GenerateQrCode(text, ecc);
        var rows = data.ModuleMatrix; // QRCoder adds the 4-module quiet zone itself
        int size = rows.Count;
        var dark = new bool[size * size];
        for (int y = 0; y < size; y++)
        {
            for (int x = 0; x < size; x++)
            {
                dark[(y * size) + x] = rows[y][x];
            }
        }
        return new QrMatrix(size, dark);
    }
}
