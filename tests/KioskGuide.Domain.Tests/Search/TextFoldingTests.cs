using KioskGuide.Domain.Search;

namespace KioskGuide.Domain.Tests.Search;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Æblekage", "aeblekage")]
    [InlineData("Løbeklub", "lobeklub")]
    [InlineData("Gåtur", "gatur")]
    [InlineData("GÅTUR", "gatur")]
    [InlineData("gaatur", "gatur")]
    [InlineData("loebeklub", "lobeklub")]
    [InlineData("Aabenraa", "abenra")]
    [InlineData("Café", "cafe")]
    [InlineData("Über", "uber")]
    [InlineData("Crème brûlée", "creme brulee")]
    public void Folds_danish_letters_digraphs_and_diacritics(string text, string expected) =>
        Assert.Equal(expected, TextFolding.Fold(text));

    [Fact]
    public void Folds_spelling_with_and_without_danish_letters_alike()
    {
        Assert.Equal(TextFolding.Fold("Gå-fællesskab på Søndergård"), TextFolding.Fold("gaa-faellesskab paa soendergaard"));
    }

    [Fact]
    public void Splits_words_on_anything_but_letters_and_digits()
    {
        Assert.Equal(["ga", "gruppe", "kl", "10", "00", "alle", "er", "velkomne"], TextFolding.Words("Gå-gruppe kl. 10:00 — alle er velkomne!"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  -- !")]
    public void Has_no_words_without_letters_or_digits(string? text) => Assert.Empty(TextFolding.Words(text));

    [Fact]
    public void Folding_twice_changes_nothing()
    {
        string once = TextFolding.Fold("Øens gåture og æblehaver i Aabenraa");
        Assert.Equal(once, TextFolding.Fold(once));
    }
}
