namespace KioskGuide.Kiosk.Staff;

/// <summary>
/// Staff mode's words: StaffText.resx (Danish, the default) and StaffText.en.resx (English), read through
/// <c>IStringLocalizer&lt;StaffText&gt;</c>. Staff choose the language on the staff screen; citizens never see it.
/// </summary>
public sealed class StaffText;

/// <summary>A sentence for the staff screen: a StaffText key and its arguments, put into words in the staff's language.</summary>
public sealed record StaffMessage(string Key, params object[] Args);
