namespace KioskGuide.Domain.CitizenInput.Scrubbing;

/// <summary>A piece of personal data found in normalised text: where it is and what kind it is.</summary>
public readonly record struct PiiSpan(int Start, int Length, string Kind)
{
    public int End => Start + Length;
}

/// <summary>The kinds of personal data the scrubber removes, in the order <see cref="ScrubResult.RemovedKinds"/> lists them.</summary>
public static class PiiKinds
{
    public const string Cpr = "cpr";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Address = "address";
    public const string Name = "name";
    /// <summary>Bank account (IBAN, Danish reg./konto), payment card.</summary>
    public const string Account = "account";
    /// <summary>The text could not be checked in time and was replaced whole.</summary>
    public const string Unchecked = "unchecked";

    public static readonly IReadOnlyList<string> Order = [Cpr, Phone, Email, Address, Name, Account, Unchecked];
}
