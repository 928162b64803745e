using KioskGuide.Domain.CitizenInput;

namespace KioskGuide.Central.Tests.CitizenInput.Infrastructure;

/// <summary>For tests of the planners' side: a fresh server for each test, holding the known set of answers.</summary>
public abstract class KnownAnswersServerTest : IAsyncLifetime
{
    protected InputServer Server { get; private set; } = null!;

    /// <summary>The answers stored, with the counts <see cref="Answers.KnownSet"/> describes.</summary>
    protected IReadOnlyList<QuestionnaireResponse> Known { get; } = Answers.KnownSet();

    public async Task InitializeAsync()
    {
        Server = await InputServer.StartAsync();
        await Server.SeedAsync(Known);
    }

    public async Task DisposeAsync() => await Server.DisposeAsync();
}
