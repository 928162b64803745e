using System.Security.Cryptography;
using System.Text;

namespace KioskGuide.Feed.Mapping;

/// <summary>
/// Name-based UUIDs (RFC 9562 version 5). HSDS wants a UUID on every nested object, the domain has ids
/// only for offers and places, so the others are derived: the same offer always maps to the same JSON,
/// and an unchanged offer never looks changed to the feed.
/// </summary>
public static class StableId
{
    /// <summary>Namespace of the profile's derived ids (organisations, taxonomy terms).</summary>
    public static readonly Guid ProfileNamespace = new("b01d292a-38a8-46fa-bc85-4e9fd5965c65");

    public static Guid Create(Guid space, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int nameLength = Encoding.UTF8.GetByteCount(name);
        byte[] input = new byte[16 + nameLength];
        space.TryWriteBytes(input, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, input.AsSpan(16));
#pragma warning disable CA5350 // RFC 9562 defines version 5 with SHA-1; this is an identifier, not a security measure.
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    /// <summary>Lower-case, hyphenated: the one spelling of an id in the feed and in the kiosk's store.</summary>
    public static string Format(Guid id) => id.ToString("D");
}
