using System.Buffers.Binary;
using System.Text;

namespace KioskGuide.Print.Printing.Ipp;

/// <summary>
/// The IPP/1.1 binary encoding (RFC 8010 §3): version, code, request-id, attribute groups, end tag, data.
/// Every length is checked on reading, so a broken or hostile reply is an <see cref="IppFormatException"/>, never a crash.
/// </summary>
public static class IppCodec
{
    public static byte[] Encode(IppMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        using var stream = new MemoryStream(256 + message.Data.Length);
        Span<byte> header = stackalloc byte[8];
        header[0] = message.VersionMajor;
        header[1] = message.VersionMinor;
        BinaryPrimitives.WriteUInt16BigEndian(header[2..], message.Code);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], message.RequestId);
        stream.Write(header);

        foreach (var group in message.Groups)
        {
            if ((byte)group.Tag >= 0x10)
            {
                throw new ArgumentException($"{group.Tag} is not a group tag.", nameof(message));
            }
            stream.WriteByte((byte)group.Tag);
            foreach (var attribute in group.Attributes)
            {
                if (attribute.Values.Count == 0)
                {
                    throw new ArgumentException($"Attribute '{attribute.Name}' has no value.", nameof(message));
                }
                for (int i = 0; i < attribute.Values.Count; i++)
                {
                    // Additional values of a 1setOf repeat the tag with an empty name (RFC 8010 §3.1.5).
                    WriteField(stream, attribute.Values[i].Tag, i == 0 ? Encoding.UTF8.GetBytes(attribute.Name) : [], attribute.Values[i].Raw);
                }
            }
        }
        stream.WriteByte((byte)IppTag.EndOfAttributes);
        stream.Write(message.Data);
        return stream.ToArray();
    }

    public static IppMessage Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 9)
        {
            throw new IppFormatException($"An IPP message has at least 9 bytes; this one has {bytes.Length}.");
        }

        var groups = new List<IppGroup>();
        IppGroup? group = null;
        IppAttribute? attribute = null;
        int at = 8;
        while (true)
        {
            if (at >= bytes.Length)
            {
                throw new IppFormatException("The message ends before end-of-attributes.");
            }

            byte tag = bytes[at++];
            if (tag == (byte)IppTag.EndOfAttributes)
            {
                break;
            }
            if (tag < 0x10)
            {
                group = new IppGroup((IppTag)tag, []);
                groups.Add(group);
                attribute = null;
                continue;
            }
            if (group is null)
            {
                throw new IppFormatException($"Value tag 0x{tag:X2} at byte {at - 1} comes before any attribute group.");
            }

            var name = ReadField(bytes, ref at);
            var value = ReadField(bytes, ref at).ToArray();
            if (name.Length > 0)
            {
                attribute = new IppAttribute(Encoding.UTF8.GetString(name), [new IppValue((IppTag)tag, value)]);
                group.Attributes.Add(attribute);
            }
            else if (attribute is not null)
            {
                // An additional value, or a collection member, of the attribute before; kept flat, which is all KioskGuide reads.
                attribute.Values.Add(new IppValue((IppTag)tag, value));
            }
            else
            {
                throw new IppFormatException($"A value without a name at byte {at} does not follow any attribute.");
            }
        }

        return new IppMessage
        {
            VersionMajor = bytes[0],
            VersionMinor = bytes[1],
            Code = BinaryPrimitives.ReadUInt16BigEndian(bytes[2..]),
            RequestId = BinaryPrimitives.ReadInt32BigEndian(bytes[4..]),
            Groups = groups,
            Data = bytes[at..].ToArray(),
        };
    }

    private static void WriteField(Stream stream, IppTag tag, byte[] name, byte[] value)
    {
        if (name.Length > ushort.MaxValue || value.Length > ushort.MaxValue)
        {
            throw new ArgumentException("An IPP name or value is longer than 65535 bytes.");
        }
        Span<byte> length = stackalloc byte[2];
        stream.WriteByte((byte)tag);
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)name.Length);
        stream.Write(length);
        stream.Write(name);
        BinaryPrimitives.WriteUInt16BigEndian(length, (ushort)value.Length);
        stream.Write(length);
        stream.Write(value);
    }

    private static ReadOnlySpan<byte> ReadField(ReadOnlySpan<byte> bytes, ref int at)
    {
        if (at + 2 > bytes.Length)
        {
            throw new IppFormatException($"A length at byte {at} runs past the end of the message.");
        }
        int length = BinaryPrimitives.ReadUInt16BigEndian(bytes[at..]);
        at += 2;
        if (at + length > bytes.Length)
        {
            throw new IppFormatException($"A field of {length} bytes at byte {at} runs past the end of the message.");
        }
        var field = bytes.Slice(at, length);
        at += length;
        return field;
    }
}
