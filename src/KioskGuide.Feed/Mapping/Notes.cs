namespace KioskGuide.Feed.Mapping;

/// <summary>Notes a reader adds that are not repairs: the data is kept exactly as published.</summary>
public static class Notes
{
    public const string MarkupShownAsText = "its texts contain HTML tags, which are shown as plain text";

    public static bool IsRepair(string note) => note != MarkupShownAsText;
}
