using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Text;

namespace KioskGuide.Domain.Tests.Search;

public sealed class InvisibleCharactersTests
{
    [Theory]
    [InlineData("Spise\u200Bfællesskab", "Spisefællesskab")] // zero-width space
    [InlineData("\uFEFFGåtur", "Gåtur")] // byte-order mark
    [InlineData("Strik\u200D\u2060kecafé", "Strikkecafé")] // joiner, word joiner
    [InlineData("\u202Ebalkeneps\u202C", "balkeneps")] // right-to-left override and its pop
    [InlineData("\u2067Natcafé\u2069 \u200Fer\u200E åben", "Natcafé er åben")] // isolates and marks
    public void Strips_zero_width_and_bidi_control_characters(string text, string expected) =>
        Assert.Equal(expected, InvisibleCharacters.Strip(text));

    [Fact]
    public void Leaves_visible_text_alone_and_returns_the_same_string()
    {
        const string text = "Søndagsmiddag – for dig, der bor alene (50 kr.) قهوة";
        Assert.Same(text, InvisibleCharacters.Strip(text));
    }

    [Fact]
    public void Offers_read_from_json_lose_their_invisible_characters()
    {
        var offer = new Offer
        {
            Id = Guid.NewGuid(),
            Name = "Spise\u200Bfællesskab",
            Summary = "\u202Enellab\u202C",
            Organizer = new Organizer { Name = "X", ProviderType = ProviderType.Association },
            Locations = [],
            Cost = new Cost { IsFree = true },
            HowToJoin = JoinMethod.JustShowUp,
            Contact = new Contact(),
        };

        var read = OfferJson.Deserialize(OfferJson.Serialize(offer));

        Assert.Equal("Spisefællesskab", read.Name);
        Assert.Equal("nellab", read.Summary);
    }
}
