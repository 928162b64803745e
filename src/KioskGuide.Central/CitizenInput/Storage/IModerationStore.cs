namespace KioskGuide.Central.CitizenInput.Storage;

/// <summary>Free-text answers planners have hidden. Hidden texts stay stored; who hid them and when is kept.</summary>
public interface IModerationStore
{
    Task InitializeAsync(CancellationToken cancellationToken);

    /// <summary>Hides one free-text answer; hiding it again keeps the first record.</summary>
    Task HideAsync(TextKey text, string hiddenBy, DateTimeOffset hiddenAt, CancellationToken cancellationToken);

    Task<IReadOnlyList<HiddenText>> HiddenAsync(CancellationToken cancellationToken);
}

/// <summary>One free-text answer: the response and the question.</summary>
public sealed record TextKey(Guid ResponseId, string QuestionId);

public sealed record HiddenText(TextKey Text, string HiddenBy, DateTimeOffset HiddenAt);
