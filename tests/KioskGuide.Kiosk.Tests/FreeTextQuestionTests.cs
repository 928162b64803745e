using KioskGuide.Kiosk.Components.Questionnaire;

namespace KioskGuide.Kiosk.Tests;

/// <summary>Free text stops where the question says, and the counter tells the truth on the way.</summary>
public sealed class FreeTextQuestionTests : KioskComponentTest
{
    private string _text = "";

    private IRenderedComponent<FreeTextQuestion> RenderQuestion(int maxLength) =>
        Render<FreeTextQuestion>(p => p
            .Add(q => q.Text, _text)
            .Add(q => q.MaxLength, maxLength)
            .Add(q => q.OnChange, (string value) => _text = value)
            .AddCascadingValue("Language", "da"));

    private void Tap(IRenderedComponent<FreeTextQuestion> question, string key, int times = 1)
    {
        for (int i = 0; i < times; i++)
        {
            question.Find($".keyboard [data-key='{key}']").Click();
            question.Render(p => p.Add(q => q.Text, _text));
        }
    }

    [Fact]
    public void The_keyboard_writes_past_60_characters_up_to_the_questions_own_limit()
    {
        var question = RenderQuestion(300);
        Tap(question, "a", 100);

        Assert.Equal(100, _text.Length);
        Assert.Equal("200 tegn tilbage", question.Find("[data-testid='characters-left']").TextContent);
        Assert.Equal("300", question.Find("[data-testid='free-text']").GetAttribute("maxlength"));
    }

    [Fact]
    public void At_the_limit_the_counter_says_so_and_nothing_more_is_stored()
    {
        var question = RenderQuestion(12);
        Tap(question, "b", 15);

        Assert.Equal(12, _text.Length);
        Assert.Equal("0", question.Find("[data-testid='characters-left']").GetAttribute("data-left"));
        Assert.Equal("Du har brugt alle 12 tegn.", question.Find("[data-testid='characters-left']").TextContent);
    }

    [Fact]
    public void A_sentence_with_punctuation_and_digits_can_be_written()
    {
        var question = RenderQuestion(300);
        foreach (var key in new[] { "m", "e", "r", "e", "space", "layer-symbols", "(", "2", ")", "?", "!", "layer-letters", "j", "a", "," })
        {
            Tap(question, key);
        }

        Assert.Equal("mere (2)?!ja,", _text);
    }

    [Fact]
    public void Pasted_text_is_clipped_to_the_limit_and_loses_invisible_characters()
    {
        var question = RenderQuestion(10);
        question.Find("[data-testid='free-text']").Input("ab\u200Bcdefghijklmnop");
        Assert.Equal("abcdefghij", _text);
    }
}
