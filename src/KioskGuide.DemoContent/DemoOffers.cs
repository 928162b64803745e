using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

namespace KioskGuide.DemoContent;

/// <summary>
/// The built-in demo content: offers of the fictional municipality "Åbæk Kommune" and its five
/// towns. Every name, address, phone number and web address in it is invented.
/// </summary>
public static class DemoOffers
{
    public const string MunicipalityName = "Åbæk Kommune";

    /// <summary>Name of the embedded JSON resource (the <see cref="OfferJson"/> shape).</summary>
    public const string ResourceName = "KioskGuide.DemoContent.demo-offers.json";

    /// <summary>The towns/areas the demo offers take place in, main town first.</summary>
    public static IReadOnlyList<string> Towns { get; } = ["Åbæk", "Kildevang", "Havrehøj", "Solbjerg Strand", "Egelund"];

    /// <summary>
    /// Reads and parses the embedded offers. Each call parses the resource again and returns new
    /// objects; caching is up to the caller.
    /// </summary>
    /// <exception cref="InvalidOperationException">When the resource is missing from the assembly.</exception>
    /// <exception cref="System.Text.Json.JsonException">When the resource is not a valid offer list.</exception>
    public static IReadOnlyList<Offer> Load()
    {
        using var stream = typeof(DemoOffers).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(DemoOffers).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return OfferJson.DeserializeList(reader.ReadToEnd());
    }
}
