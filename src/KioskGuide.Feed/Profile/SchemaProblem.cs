namespace KioskGuide.Feed.Profile;

/// <summary>One way a document breaks the profile's schema.</summary>
/// <param name="Path">Where, as property names and array indexes from the service, e.g. ["schedules", 0, "byday"].</param>
/// <param name="Message">What is wrong, in words, with a JSON Pointer.</param>
public sealed record SchemaProblem(IReadOnlyList<object> Path, string Message)
{
    public string JsonPointer => "/" + string.Join('/', Path);

    public override string ToString() => Message;
}
