using KioskGuide.Kiosk.Components.Frame;

namespace KioskGuide.Kiosk.Tests;

public sealed class KeyboardTests : KioskComponentTest
{
    private string _text = "";

    private IRenderedComponent<OnScreenKeyboard> RenderKeyboard() =>
        Render<OnScreenKeyboard>(p => p
            .Add(k => k.Text, _text)
            .Add(k => k.OnTextChanged, (string value) => _text = value));

    [Fact]
    public void Has_the_danish_letters_space_backspace_and_clear()
    {
        var keyboard = RenderKeyboard();
        foreach (var key in new[] { "æ", "ø", "å", "space", "backspace", "clear" })
        {
            Assert.Single(keyboard.FindAll($"[data-key='{key}']"));
        }
    }

    [Fact]
    public void Keys_type_backspace_removes_one_letter_and_clear_empties()
    {
        var keyboard = RenderKeyboard();
        keyboard.Find("[data-key='l']").Click();
        keyboard.Render(p => p.Add(k => k.Text, _text));
        keyboard.Find("[data-key='ø']").Click();
        keyboard.Render(p => p.Add(k => k.Text, _text));
        keyboard.Find("[data-key='b']").Click();
        Assert.Equal("løb", _text);

        keyboard.Render(p => p.Add(k => k.Text, _text));
        keyboard.Find("[data-key='backspace']").Click();
        Assert.Equal("lø", _text);

        keyboard.Render(p => p.Add(k => k.Text, _text));
        keyboard.Find("[data-key='space']").Click();
        Assert.Equal("lø ", _text);

        keyboard.Render(p => p.Add(k => k.Text, _text));
        keyboard.Find("[data-key='clear']").Click();
        Assert.Equal("", _text);
    }

    [Fact]
    public void Backspace_on_empty_text_does_nothing()
    {
        var changed = false;
        var keyboard = Render<OnScreenKeyboard>(p => p
            .Add(k => k.Text, "")
            .Add(k => k.OnTextChanged, (string _) => changed = true));
        keyboard.Find("[data-key='backspace']").Click();
        Assert.False(changed);
    }

    [Fact]
    public void A_second_layer_has_digits_and_the_punctuation_a_sentence_needs()
    {
        var keyboard = RenderKeyboard();
        Assert.Equal("letters", keyboard.Find(".keyboard").GetAttribute("data-layer"));
        Assert.Empty(keyboard.FindAll("[data-key='1']"));

        keyboard.Find("[data-key='layer-symbols']").Click();

        Assert.Equal("symbols", keyboard.Find(".keyboard").GetAttribute("data-layer"));
        foreach (var key in new[] { "1", "2", "3", "4", "5", "6", "7", "8", "9", "0", ".", ",", "?", "!", "-", "(", ")", ":", "'", "\"", "@" })
        {
            Assert.Single(keyboard.FindAll($"[data-key='{(key == "'" ? "\\'" : key)}']"));
        }

        keyboard.Find("[data-key='?']").Click();
        Assert.Equal("?", _text);
        keyboard.Find("[data-key='layer-letters']").Click();
        Assert.Single(keyboard.FindAll("[data-key='æ']"));
    }

    [Fact]
    public void Stops_at_its_limit_and_turns_the_typing_keys_off()
    {
        _text = "abcd";
        var keyboard = Render<OnScreenKeyboard>(p => p
            .Add(k => k.Text, _text)
            .Add(k => k.MaxLength, 5)
            .Add(k => k.OnTextChanged, (string value) => _text = value));

        keyboard.Find("[data-key='e']").Click();
        Assert.Equal("abcde", _text);
        keyboard.Render(p => p.Add(k => k.Text, _text));

        Assert.True(keyboard.Find("[data-key='f']").HasAttribute("disabled"));
        Assert.True(keyboard.Find("[data-key='space']").HasAttribute("disabled"));
        Assert.False(keyboard.Find("[data-key='backspace']").HasAttribute("disabled"));
        keyboard.Find("[data-key='backspace']").Click();
        Assert.Equal("abcd", _text);
    }

    [Fact]
    public void The_submit_key_shows_only_with_a_label_and_calls_back()
    {
        var submitted = false;
        Assert.Empty(RenderKeyboard().FindAll("[data-key='submit']"));

        var keyboard = Render<OnScreenKeyboard>(p => p
            .Add(k => k.Text, "spis")
            .Add(k => k.SubmitLabel, "Vis resultater (3)")
            .Add(k => k.OnSubmit, () => submitted = true));
        keyboard.Find("[data-key='submit']").Click();

        Assert.True(submitted);
        Assert.Equal("Vis resultater (3)", keyboard.Find("[data-key='submit']").TextContent);
    }
}
