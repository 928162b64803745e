using System.Diagnostics;
using System.Globalization;
using KioskGuide.Domain.CitizenInput;
using KioskGuide.Domain.CitizenInput.Scrubbing;

// The scrubber's figures: `scripts/scrubber-report.sh` or
//   dotnet run --project bench/KioskGuide.Scrubber.Report -c Release [-- corpus.txt …]
// With no files it reads the corpora in tests/KioskGuide.Domain.Tests/Anonymity/Corpus. "--try" scrubs lines from
// standard input instead and prints each result, for trying a sentence by hand.
if (args.Contains("--try"))
{
    for (string? line = Console.ReadLine(); line is not null; line = Console.ReadLine())
    {
        var result = FreeTextScrubber.Scrub(line);
        Console.WriteLine($"{result.Text}    [{string.Join(",", result.RemovedKinds)}]");
    }

    return 0;
}

var files = args.Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
if (files.Count == 0)
{
    var folder = Path.Combine(RepositoryRoot(), "tests", "KioskGuide.Domain.Tests", "Anonymity", "Corpus");
    files = [.. Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal)];
}

bool quiet = args.Contains("--figures-only");
foreach (var file in files)
{
    var corpus = ScrubberEvaluation.Parse(File.ReadLines(file));
    var figures = ScrubberEvaluation.Measure(corpus);
    var report = ScrubberEvaluation.Report(Path.GetFileName(file), figures);
    Console.Write(quiet ? string.Join('\n', report.Split('\n').TakeWhile(l => !l.StartsWith("  line", StringComparison.Ordinal))) + "\n" : report);

    // Throughput, for information only (the scrubber runs once per answer, on the kiosk and on the server).
    var watch = Stopwatch.StartNew();
    int rounds = 0;
    while (watch.ElapsedMilliseconds < 1000)
    {
        foreach (var sentence in corpus)
        {
            _ = FreeTextScrubber.Scrub(sentence.Text);
        }

        rounds++;
    }

    double perSentence = watch.Elapsed.TotalMicroseconds / (rounds * (double)corpus.Count);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Time: {perSentence:0} µs a sentence on average ({rounds * corpus.Count} scrubbed in {watch.Elapsed.TotalSeconds:0.0} s)"));
    Console.WriteLine();
}

return 0;

static string RepositoryRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KioskGuide.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("KioskGuide.sln not found above " + AppContext.BaseDirectory);
}
