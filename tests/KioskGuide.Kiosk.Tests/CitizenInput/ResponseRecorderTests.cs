using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;
using KioskGuide.Domain.Search;
using KioskGuide.Kiosk.CitizenInput;
using KioskGuide.Kiosk.Configuration;
using KioskGuide.Kiosk.Content;
using KioskGuide.Sqlite;
using KioskGuide.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KioskGuide.Kiosk.Tests.CitizenInput;

public sealed class ResponseRecorderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kioskguide-recorder-tests", Guid.NewGuid().ToString("N"));
    // 23:30 UTC on 23 November is already 24 November in Copenhagen: the stored date is the local one.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero));
    private readonly SqliteResponseOutbox _outbox;
    private readonly ResponseRecorder _recorder;

    public ResponseRecorderTests()
    {
        _outbox = new SqliteResponseOutbox(new SqliteDatabase(Path.Combine(_folder, "kiosk.db")));
        _outbox.InitializeAsync().GetAwaiter().GetResult();
        var catalogues = new CatalogueProvider();
        catalogues.Replace(new OfferCatalogue([TestOffers.Make("Gåtur", town: "Kildevang")], KioskTimeZone.Copenhagen));
        _recorder = new ResponseRecorder(
            _outbox,
            new SubmissionRateLimiter(_clock, Options.Create(new InputOptions { MaxAnswersPerMinute = 2 })),
            catalogues,
            _clock,
            Options.Create(new KioskOptions { SiteId = "kildevang-1" }),
            NullLogger<ResponseRecorder>.Instance);
    }

    private static ResponseDraft Draft(string idea)
    {
        var draft = new ResponseDraft(QuestionnaireSource.BuiltIn());
        draft.Set(new Answer("idea", [], Text: idea));
        draft.Set(new Answer("area", ["kildevang"]));
        return draft;
    }

    private async Task<QuestionnaireResponse> OnlyStored() =>
        CitizenInputJson.DeserializeResponse(Assert.Single(await _outbox.DueAsync(DateTimeOffset.MaxValue, 10)).Json);

    [Fact]
    public async Task Stores_scrubbed_text_the_local_date_and_the_kiosk_id_only()
    {
        var result = await _recorder.RecordAsync(Draft("Ring til mig på 20 30 40 50 om en strikkeklub"), "da");

        Assert.Equal(RecordResult.Saved, result);
        var stored = await OnlyStored();
        Assert.Equal(new DateOnly(2026, 11, 24), stored.Date);
        Assert.Equal("kildevang-1", stored.KioskId);
        var idea = stored.Answers.Single(a => a.QuestionId == "idea").Text!;
        Assert.DoesNotContain("20 30 40 50", idea, StringComparison.Ordinal);
        Assert.Contains(FreeTextScrubber.Marker, idea, StringComparison.Ordinal);
        Assert.Contains("strikkeklub", idea, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_third_answer_within_a_minute_is_not_saved()
    {
        Assert.Equal(RecordResult.Saved, await _recorder.RecordAsync(Draft("a"), "da"));
        Assert.Equal(RecordResult.Saved, await _recorder.RecordAsync(Draft("b"), "da"));
        Assert.Equal(RecordResult.TooMany, await _recorder.RecordAsync(Draft("c"), "da"));
        Assert.Equal(2, (await _outbox.CountsAsync()).Pending);
    }

    [Fact]
    public async Task An_answer_that_does_not_fit_the_questionnaire_is_not_saved()
    {
        var draft = Draft("x");
        draft.Set(new Answer("area", ["copenhagen"]));
        Assert.Equal(RecordResult.Invalid, await _recorder.RecordAsync(draft, "da"));
        Assert.Equal(0, (await _outbox.CountsAsync()).Pending);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
