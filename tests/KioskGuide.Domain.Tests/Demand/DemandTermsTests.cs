using KioskGuide.Domain.Demand;

namespace KioskGuide.Domain.Tests.Demand;

public sealed class DemandTermsTests
{
    [Theory]
    [InlineData("  Svømning ", "svomning")]
    [InlineData("SVØMNING", "svomning")]
    [InlineData("svoemning", "svomning")]
    [InlineData("Strikke-café", "strikke cafe")]
    [InlineData("Mødre   gruppe!", "modre gruppe")]
    [InlineData("55+", "55")]
    public void Folds_case_accents_punctuation_and_spaces(string typed, string expected) =>
        Assert.Equal(expected, DemandTerms.Normalise(typed));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!?")]
    public void Nothing_typed_is_not_counted(string typed) => Assert.Null(DemandTerms.Normalise(typed));

    [Theory]
    [InlineData("ring 12 34 56 78")]
    [InlineData("+45 20304050")]
    [InlineData("20304050")]
    [InlineData("hjælp 120345-1234")]
    [InlineData("karen@example.dk")]
    [InlineData("Nørregade 5, 3. th")]
    [InlineData("jeg hedder Karen Jensen")]
    [InlineData("2030")]
    public void Anything_personal_or_numeric_is_other(string typed) => Assert.Equal(DemandTerms.Other, DemandTerms.Normalise(typed));

    [Fact]
    public void Long_or_many_word_queries_are_other()
    {
        Assert.Equal(DemandTerms.Other, DemandTerms.Normalise("noget for min mor der er ensom"));
        Assert.Equal(DemandTerms.Other, DemandTerms.Normalise(new string('b', DemandTerms.MaxLength + 1)));
        Assert.Equal("sorg gruppe for unge", DemandTerms.Normalise("Sorg gruppe for unge"));
    }

    [Fact]
    public void Other_is_never_a_folded_term() => Assert.NotEqual(DemandTerms.Other, DemandTerms.Normalise("other"));
}
