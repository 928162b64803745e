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
}
