namespace KioskGuide.Sync.Tests.EndToEnd;

/// <summary>End-to-end tests start real processes; they run one at a time so timings stay honest on two cores.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class EndToEndCollection
{
    public const string Name = "end-to-end";
}
