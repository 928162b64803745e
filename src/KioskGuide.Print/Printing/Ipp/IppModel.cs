using System.Buffers.Binary;
using System.Text;

namespace KioskGuide.Print.Printing.Ipp;

/// <summary>IPP tags (RFC 8010 §3.5): group delimiters below 0x10, out-of-band values 0x10–0x1F, value types above.</summary>
public enum IppTag : byte
{
    OperationAttributes = 0x01,
    JobAttributes = 0x02,
    EndOfAttributes = 0x03,
    PrinterAttributes = 0x04,
    UnsupportedAttributes = 0x05,
    Unsupported = 0x10,
    Unknown = 0x12,
    NoValue = 0x13,
    IntegerValue = 0x21,
    Boolean = 0x22,
    Enum = 0x23,
    OctetString = 0x30,
    DateTime = 0x31,
    Resolution = 0x32,
    RangeOfInteger = 0x33,
    BegCollection = 0x34,
    TextWithLanguage = 0x35,
    NameWithLanguage = 0x36,
    EndCollection = 0x37,
    TextWithoutLanguage = 0x41,
    NameWithoutLanguage = 0x42,
    Keyword = 0x44,
    Uri = 0x45,
    UriScheme = 0x46,
    Charset = 0x47,
    NaturalLanguage = 0x48,
    MimeMediaType = 0x49,
    MemberAttrName = 0x4A,
}

/// <summary>The operations KioskGuide sends (RFC 8011 §5.4.15).</summary>
public static class IppOperation
{
    public const ushort PrintJob = 0x0002;
    public const ushort GetPrinterAttributes = 0x000B;
}

/// <summary>Status codes (RFC 8011 §B): 0x00xx successful, 0x04xx client error, 0x05xx server error.</summary>
public static class IppStatusCode
{
    public const ushort SuccessfulOk = 0x0000;
    public const ushort ClientErrorDocumentFormatNotSupported = 0x040A;
    public const ushort ServerErrorInternal = 0x0500;
    public const ushort ServerErrorNotAcceptingJobs = 0x0506;
    public const ushort ServerErrorBusy = 0x0507;

    public static bool IsSuccess(ushort code) => code < 0x0100;
}

/// <summary>One value: its tag and raw bytes, read as text, integer or boolean as the tag says.</summary>
public readonly record struct IppValue(IppTag Tag, byte[] Raw)
{
    public static IppValue Text(IppTag tag, string text) => new(tag, Encoding.UTF8.GetBytes(text));

    public static IppValue Number(IppTag tag, int value)
    {
        var raw = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(raw, value);
        return new IppValue(tag, raw);
    }

    public static IppValue Boolean(bool value) => new(IppTag.Boolean, [value ? (byte)1 : (byte)0]);

    public string AsText() => Tag switch
    {
        // textWithLanguage/nameWithLanguage: 2-byte length + language, 2-byte length + text.
        IppTag.TextWithLanguage or IppTag.NameWithLanguage when Raw.Length >= 4 =>
            Encoding.UTF8.GetString(Raw, 4 + BinaryPrimitives.ReadUInt16BigEndian(Raw), Raw.Length - 4 - BinaryPrimitives.ReadUInt16BigEndian(Raw)),
        _ => Encoding.UTF8.GetString(Raw),
    };

    public int? AsInteger() => Raw.Length == 4 && Tag is IppTag.IntegerValue or IppTag.Enum ? BinaryPrimitives.ReadInt32BigEndian(Raw) : null;

    public bool? AsBoolean() => Raw.Length == 1 && Tag == IppTag.Boolean ? Raw[0] != 0 : null;
}

/// <summary>A named attribute with one or more values (1setOf).</summary>
public sealed record IppAttribute(string Name, List<IppValue> Values);

/// <summary>An attribute group: operation, job, printer or unsupported attributes.</summary>
public sealed record IppGroup(IppTag Tag, List<IppAttribute> Attributes);

/// <summary>
/// A request or response. <see cref="Code"/> is the operation-id in a request and the status-code in a
/// response; <see cref="Data"/> is the document that follows the attributes (the PDF in Print-Job).
/// </summary>
public sealed class IppMessage
{
    public byte VersionMajor { get; init; } = 1;
    public byte VersionMinor { get; init; } = 1;
    public ushort Code { get; init; }
    public int RequestId { get; init; }
    public List<IppGroup> Groups { get; init; } = [];
    public byte[] Data { get; init; } = [];

    /// <summary>The first attribute of this name in any group (of <paramref name="group"/> when given).</summary>
    public IppAttribute? Find(string name, IppTag? group = null) =>
        Groups.Where(g => group is null || g.Tag == group).SelectMany(g => g.Attributes).FirstOrDefault(a => a.Name == name);
}

/// <summary>The bytes are not a well-formed IPP message.</summary>
public sealed class IppFormatException : Exception
{
    public IppFormatException()
    {
    }

    public IppFormatException(string message) : base(message)
    {
    }

    public IppFormatException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
