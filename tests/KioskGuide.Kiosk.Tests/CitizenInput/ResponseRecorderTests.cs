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
            NullLogger<ResponseRecorder>.Instance,
            Options.Create(new InputOptions { UploadHoldMinMinutes = 10, UploadHoldMaxMinutes = 90 }));
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

    [Fact]
    public async Task A_saved_answer_is_held_back_a_random_10_to_90_minutes_before_it_may_be_sent()
    {
        var holds = new List<TimeSpan>();
        for (int i = 0; i < 2; i++)
        {
            Assert.Equal(RecordResult.Saved, await _recorder.RecordAsync(Draft($"idé {i}"), "da"));
        }

        Assert.Empty(await _outbox.DueAsync(_clock.GetUtcNow().AddMinutes(9), 10));
        var due = await _outbox.DueAsync(_clock.GetUtcNow().AddMinutes(91), 10);
        Assert.Equal(2, due.Count);
        holds.AddRange(due.Select(d => d.DueSince - _clock.GetUtcNow()));
        Assert.All(holds, h => Assert.InRange(h, TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(90)));
    }

    [Fact]
    public void Answer_ids_are_random_not_time_ordered()
    {
        // A version-7 (time-ordered) id would carry the moment of the answer to the server.
        var id = Guid.NewGuid();
        Assert.Equal(4, id.Version);
    }

    [Fact]
    public async Task A_storage_failure_is_reported_as_not_saved_never_thrown()
    {
        // The outbox's folder vanishes under it (as good as a full or broken disk for SQLite: it cannot write).
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        File.WriteAllText(_folder, "not a folder");

        var result = await _recorder.RecordAsync(Draft("En strikkeklub"), "da");

        Assert.Equal(RecordResult.StorageFailed, result);
        File.Delete(_folder);
    }

    [Fact]
    public async Task A_nearly_full_disk_refuses_the_answer_before_writing_and_says_so()
    {
        var recorder = new ResponseRecorder(
            _outbox,
            new SubmissionRateLimiter(_clock, Options.Create(new InputOptions())),
            new CatalogueProvider(),
            _clock,
            Options.Create(new KioskOptions { SiteId = "kildevang-1" }),
            NullLogger<ResponseRecorder>.Instance,
            disk: new FixedDisk(99L * 1024 * 1024));

        var result = await recorder.RecordAsync(Draft("En strikkeklub"), "da");

        Assert.Equal(RecordResult.DiskFull, result);
        Assert.Equal(0, (await _outbox.CountsAsync()).Pending);
    }

    private sealed class FixedDisk(long free) : KioskGuide.Kiosk.Operations.DiskSpace(Options.Create(new KioskOptions()), NullLogger<KioskGuide.Kiosk.Operations.DiskSpace>.Instance)
    {
        public override long? FreeBytes() => free;
    }

    [Theory]
    [InlineData("kort", 300, "kort")]
    [InlineData("abcdefghij", 5, "abcde")]
    [InlineData("Ring til [fjernet]", 14, "Ring til")]
    [InlineData("Ring til [fjernet] nu", 18, "Ring til [fjernet]")]
    public void Scrubbed_text_is_fitted_to_the_questions_length_without_half_a_marker(string text, int max, string expected) =>
        Assert.Equal(expected, ResponseRecorder.Fit(text, max));

    [Fact]
    public async Task A_text_at_the_limit_that_the_scrubber_lengthens_is_still_saved()
    {
        // 300 characters with a two-letter name in it: "[fjernet]" is longer than "Bo", the text would be 307.
        var questionnaire = QuestionnaireSource.BuiltIn();
        int max = questionnaire.Questions.Single(q => q.Id == "idea").MaxLength;
        string text = "Min datter Ea vil gerne " + new string('a', max - 24);
        Assert.Equal(max, text.Length);

        Assert.Equal(RecordResult.Saved, await _recorder.RecordAsync(Draft(text), "da"));
        var idea = (await OnlyStored()).Answers.Single(a => a.QuestionId == "idea").Text!;
        Assert.True(idea.Length <= max);
        Assert.StartsWith("Min datter [fjernet] vil gerne", idea, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
        else if (File.Exists(_folder))
        {
            File.Delete(_folder);
        }
    }
}
