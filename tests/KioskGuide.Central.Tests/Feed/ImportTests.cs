using System.Text.Json.Nodes;
using KioskGuide.DemoContent;
using KioskGuide.Feed.Mapping;
using KioskGuide.Feed.Profile;
using KioskGuide.Central.Feed.Data;
using KioskGuide.Central.Feed.Import;
using KioskGuide.Sqlite;

namespace KioskGuide.Central.Tests.Feed;

public sealed class ImportTests
{
    private readonly string _folder = TestPaths.NewFolder();
    private readonly SqliteFeedStore _store;

    public ImportTests()
    {
        _store = new SqliteFeedStore(new SqliteDatabase(Path.Combine(_folder, "feed.db")), TimeProvider.System);
        _store.InitializeAsync(default).GetAwaiter().GetResult();
    }

    private string ContentFolder => Path.Combine(_folder, "content");

    private void WriteService(string file, JsonNode service)
    {
        Directory.CreateDirectory(ContentFolder);
        File.WriteAllText(Path.Combine(ContentFolder, file), service.ToJsonString(FeedJson.Options));
    }

    private static JsonObject Demo(int index) => OfferToHsds.Write(DemoOffers.Load()[index]);

    private Task<ImportReport> ImportFolder() => new ContentImporter(_store).ImportAsync(JsonFolderSource.Read(ContentFolder), default);

    private async Task<ImportReport> ImportCsv(string text)
    {
        var path = Path.Combine(_folder, "offers.csv");
        await File.WriteAllTextAsync(path, text);
        var warnings = new List<string>();
        var report = await new ContentImporter(_store).ImportAsync(CsvOfferSource.Read(path, "Region Sjælland", warnings).ToList(), default);
        report.Warnings.AddRange(warnings);
        return report;
    }

    [Fact]
    public async Task A_bad_file_is_reported_by_name_and_reason_and_the_good_ones_are_imported()
    {
        WriteService("a.json", Demo(0));
        WriteService("b.json", Demo(1));
        var bad = Demo(2);
        bad["status"] = "closed";
        WriteService("c.json", bad);
        File.WriteAllText(Path.Combine(ContentFolder, "d.json"), "{\"id\": ");

        var report = await ImportFolder();
        Assert.Equal(2, report.Accepted);
        Assert.Equal(2, report.Errors.Count);
        Assert.Contains(report.Errors, e => e.StartsWith("c.json: /status: is not one of the allowed values", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.StartsWith("d.json: not valid JSON", StringComparison.Ordinal));
        Assert.Equal(2, await _store.CountAsync(HsdsProfile.ServiceKind, default));
    }

    [Fact]
    public async Task Reimport_updates_what_changed_and_tombstones_removed_files()
    {
        for (int i = 0; i < 4; i++)
        {
            WriteService($"{i}.json", Demo(i));
        }

        await ImportFolder();
        var changed = Demo(1);
        changed["name"] = "Nyt navn";
        WriteService("1.json", changed);
        File.Delete(Path.Combine(ContentFolder, "3.json"));

        var report = await ImportFolder();
        Assert.Equal(new WriteResult(0, 1, 1, 2), report.Written);
        Assert.Contains("Nyt navn", await _store.GetAsync(HsdsProfile.ServiceKind, StableId.Format(DemoOffers.Load()[1].Id), default), StringComparison.Ordinal);
        Assert.Null(await _store.GetAsync(HsdsProfile.ServiceKind, StableId.Format(DemoOffers.Load()[3].Id), default));
    }

    [Fact]
    public async Task An_import_that_would_remove_most_offers_is_refused_unless_allowed()
    {
        for (int i = 0; i < 6; i++)
        {
            WriteService($"{i}.json", Demo(i));
        }

        await ImportFolder();
        for (int i = 2; i < 6; i++)
        {
            File.Delete(Path.Combine(ContentFolder, $"{i}.json")); // A wrong folder: 2 of 6 left.
        }

        var refused = await ImportFolder();
        Assert.Null(refused.Written);
        Assert.Contains("--allow-mass-removal", Assert.Single(refused.Errors), StringComparison.Ordinal);
        Assert.Equal(6, await _store.CountAsync(HsdsProfile.ServiceKind, default));

        var allowed = await new ContentImporter(_store).ImportAsync(JsonFolderSource.Read(ContentFolder), default, allowMassRemoval: true);
        Assert.Equal(4, allowed.Written!.Removed);
        Assert.Equal(2, await _store.CountAsync(HsdsProfile.ServiceKind, default));
    }

    [Fact]
    public async Task An_empty_spreadsheet_removes_nothing()
    {
        WriteService("a.json", Demo(0));
        await ImportFolder();
        string path = Path.Combine(_folder, "empty.csv");
        File.WriteAllText(path, File.ReadLines(Path.Combine(TestPaths.ProfileDocs, "examples", "offers.csv")).First() + "\n");

        var report = await new ContentImporter(_store).ImportAsync(CsvOfferSource.Read(path, "Region Sjælland", []).ToList(), default);
        Assert.Null(report.Written);
        Assert.Equal(1, await _store.CountAsync(HsdsProfile.ServiceKind, default));
    }

    [Fact]
    public async Task A_now_invalid_file_keeps_the_last_good_version_instead_of_deleting_it()
    {
        WriteService("a.json", Demo(0));
        WriteService("b.json", Demo(1));
        await ImportFolder();
        var broken = Demo(1);
        broken["service_at_locations"]![0]!["location"]!["location_type"] = "house";
        WriteService("b.json", broken);

        var report = await ImportFolder();
        Assert.Single(report.Errors);
        Assert.Equal(0, report.Written!.Removed);
        Assert.Equal(2, await _store.CountAsync(HsdsProfile.ServiceKind, default));
    }

    [Fact]
    public async Task Nonsense_schedules_and_script_links_are_refused_at_import()
    {
        var schedule = Demo(0);
        schedule["schedules"]![0]!["closes_at"] = "09:00"; // opens 10:00: would be open 23 hours
        WriteService("schedule.json", schedule);
        var link = Demo(1);
        link["organization"]!["website"] = "data:text/html,<script>alert(1)</script>";
        WriteService("link.json", link);

        var report = await ImportFolder();
        Assert.Equal(0, report.Accepted);
        Assert.Contains(report.Errors, e => e.Contains("closes at 09:00 before it opens at 10:00", StringComparison.Ordinal));
        Assert.Contains(report.Errors, e => e.Contains("/organization/website", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_same_id_in_two_files_is_reported()
    {
        WriteService("a.json", Demo(0));
        WriteService("b.json", Demo(0));
        var report = await ImportFolder();
        Assert.Equal(1, report.Accepted);
        Assert.Contains(report.Errors, e => e.StartsWith("b.json: the id", StringComparison.Ordinal) && e.EndsWith("already used by a.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_documented_csv_example_imports_cleanly()
    {
        var report = await ImportCsv(File.ReadAllText(Path.Combine(TestPaths.ProfileDocs, "examples", "offers.csv")));
        Assert.Empty(report.Errors);
        Assert.Empty(report.Warnings);
        Assert.Equal(3, report.Accepted);
        var strik = await _store.GetAsync(HsdsProfile.ServiceKind, "3f0c8f8e-8a55-4c39-9d1e-2b6f1f0a7a01", default);
        Assert.Contains("\"byday\":\"WE\"", strik, StringComparison.Ordinal);
        Assert.Contains("\"x_closed_dates\":[\"2026-12-23\",\"2026-12-30\"]", strik, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_bad_rows_are_reported_with_line_numbers_and_good_rows_kept()
    {
        var header = "name,summary,organisation,organisation_type,place,street,postal_code,city,how_to_join,schedule,opens_at,closes_at,webpage,themes";
        var csv = string.Join('\n',
            header,
            "Godt tilbud,Kort tekst,Forening A,association,Huset,Vej 1,4790,Åbæk,just-show-up,WEEKLY;BYDAY=MO,10:00,12:00,https://a.dk,walking",
            "Dårligt postnummer,Kort tekst,Forening A,association,Huset,Vej 1,47900,Åbæk,just-show-up,,,,,",
            "\"Navn med, komma\",\"Tekst over",
            "to linjer\",Forening B,volunteers,Huset,Vej 2,4790,Åbæk,call-first,,,,,",
            "Forkert dag,Kort tekst,Forening A,association,Huset,Vej 1,4790,Åbæk,just-show-up,WEEKLY;BYDAY=MO;BYDAY=XX,10:00,12:00,,",
            "Script-link,Kort tekst,Forening A,association,Huset,Vej 1,4790,Åbæk,just-show-up,,,,javascript:alert(1),",
            "Ukendt tema,Kort tekst,Forening A,association,Huset,Vej 1,4790,Åbæk,sign-up,,,,,knitting",
            ",Ingen navn,Forening A,association,Huset,Vej 1,4790,Åbæk,just-show-up,,,,,");

        var report = await ImportCsv(csv);
        Assert.Equal(2, report.Accepted);
        Assert.Collection(report.Errors,
            e => Assert.StartsWith("offers.csv line 3: /service_at_locations/0/location/addresses/0/postal_code", e, StringComparison.Ordinal),
            e => Assert.StartsWith("offers.csv line 6: schedule dropped (byday 'XX'", e, StringComparison.Ordinal),
            e => Assert.StartsWith("offers.csv line 7: webpage: dropped the link 'javascript:alert(1)'", e, StringComparison.Ordinal),
            e => Assert.StartsWith("offers.csv line 8: ignored the unknown term 'knitting'", e, StringComparison.Ordinal),
            e => Assert.StartsWith("offers.csv line 9: name is empty", e, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Danish_excel_csv_with_semicolons_and_a_bom_is_read()
    {
        var csv = "\uFEFFname;summary;organisation;organisation_type;place;street;postal_code;city;how_to_join;price_dkk;step_free\r\n"
                  + "Kaffe og kage;Vi mødes over kaffe, kage og snak.;Ældre Sagen Åbæk;association;Caféen;Torvet 2;4790;Åbæk;just-show-up;25,50;ja\r\n";
        var report = await ImportCsv(csv);
        Assert.Empty(report.Errors);
        var json = JsonNode.Parse((await _store.ListAsync(HsdsProfile.ServiceKind, 1, 10, null, default)).Items[0])!;
        Assert.Equal("Vi mødes over kaffe, kage og snak.", json["description"]!.GetValue<string>());
        Assert.Equal(25.5m, json["cost_options"]![0]!["amount"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task A_csv_without_a_required_column_is_refused_as_a_whole()
    {
        var path = Path.Combine(_folder, "offers.csv");
        await File.WriteAllTextAsync(path, "name,summary\nA,B\n");
        var error = Assert.Throws<FormatException>(() => CsvOfferSource.Read(path, "Region Sjælland", []).ToList());
        Assert.Contains("organisation", error.Message, StringComparison.Ordinal);
    }
}
