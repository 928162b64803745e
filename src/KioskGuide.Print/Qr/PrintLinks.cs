using System.Text;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.Print.Qr;

/// <summary>What a printed QR code and link lead to, and how the address reads under the code.</summary>
public sealed record QrTarget(string Url, string Display, bool IsPhone);

/// <summary>
/// The only addresses KioskGuide puts in a QR code or a PDF link: http(s) web pages and tel: numbers.
/// Offers arrive from feeds; a javascript:, data: or file: address must never reach paper.
/// </summary>
public static class PrintLinks
{
    private const int MaxUrlLength = 300; // keeps the QR code at a size phones read easily

    /// <summary>The offer's web page, or else a tel: link to its contact phone; null when it has neither.</summary>
    public static QrTarget? For(Offer offer)
    {
        ArgumentNullException.ThrowIfNull(offer);
        if (SafeWebUrl(offer.WebPage) is { } web)
        {
            return new QrTarget(web, DisplayWeb(web), IsPhone: false);
        }

        return TelUrl(offer.Contact.Phone) is { } tel ? new QrTarget(tel, offer.Contact.Phone!.Trim(), IsPhone: true) : null;
    }

    /// <summary>An absolute http or https address with a host and no user name or password; otherwise null.</summary>
    public static string? SafeWebUrl(Uri? uri)
    {
        if (uri is not { IsAbsoluteUri: true }
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)
            || string.IsNullOrEmpty(uri.Host)
            || !string.IsNullOrEmpty(uri.UserInfo))
        {
            return null;
        }

        var text = uri.AbsoluteUri;
        return text.Length <= MaxUrlLength ? text : null;
    }

    /// <summary>"+45 72 41 22 35" or "72 41 22 35" → "tel:+4572412235". Danish 8-digit numbers get +45.</summary>
    public static string? TelUrl(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
        {
            return null;
        }

        var digits = new StringBuilder();
        var trimmed = phone.Trim();
        bool international = trimmed.StartsWith('+') || trimmed.StartsWith("00", StringComparison.Ordinal);
        foreach (char c in trimmed)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')' or '+'))
            {
                return null; // letters or other symbols: not a phone number
            }
        }

        var number = digits.ToString();
        if (trimmed.StartsWith("00", StringComparison.Ordinal))
        {
            number = number[2..];
        }
        if (!international && number.Length == 8)
        {
            number = "45" + number;
        }
        return number.Length is >= 3 and <= 15 ? $"tel:+{number}" : null;
    }

    /// <summary>"https://aabaek.dk/tilbud/x" reads as "aabaek.dk/tilbud/x": shorter to type, and every browser adds https itself.</summary>
    public static string DisplayWeb(string url) =>
        (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url[8..] : url).TrimEnd('/');

    /// <summary>True for the kinds of address this class hands out; used as a last guard before drawing a link.</summary>
    public static bool IsAllowed(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
        || url.StartsWith("tel:+", StringComparison.Ordinal);
}
