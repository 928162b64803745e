using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using KioskGuide.Benchmarks;
using KioskGuide.Domain.Offers;
using KioskGuide.Domain.Schedules;

// scripts/bench.sh [search|ui|all|soak [sessions]]: prints performance figures. Figures over target are reported, never fatal.
string mode = args.Length > 0 ? args[0] : "all";
int soakSessions = 200;
if (mode is not ("search" or "ui" or "all" or "soak" or "speech") || (args.Length > 1 && !int.TryParse(args[1], out soakSessions)) || soakSessions < 50)
{
    Console.Error.WriteLine("Usage: scripts/bench.sh [search|ui|speech|all|soak [sessions, at least 50]]   (default: all; soak is not part of all)");
    return 2;
}

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
Report.Heading("KioskGuide benchmarks");
Report.Line($"Date:        {DateTimeOffset.Now:yyyy-MM-dd HH:mm:ss zzz}");
Report.Line($"Machine:     {Environment.ProcessorCount} logical processors, {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}");
Report.Line($".NET:        {RuntimeInformation.FrameworkDescription}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC (the kiosk host's default is server GC), " +
#if DEBUG
    "Debug build (figures are not representative)");
#else
    "Release build");
#endif
Report.Line($"Benchmarks:  {mode}");

var generate = Stopwatch.StartNew();
IReadOnlyList<Offer> offers = OfferGenerator.Generate();
Report.Line($"Offers:      {offers.Count:N0} generated from the demo offers in {generate.ElapsedMilliseconds} ms " +
    $"({offers.Count(o => o.IsFree):N0} free, {offers.Count(o => o.IsStepFree):N0} step-free, seed fixed)");

if (mode is "search" or "all")
{
    SearchBenchmark.Run(offers);
}

if (mode is "ui" or "all")
{
    await TapLatencyBenchmark.RunAsync(offers);
}

if (mode is "speech" or "all")
{
    await SpeechBenchmark.RunAsync(offers);
}

if (mode is "soak")
{
    await SoakBenchmark.RunAsync(offers, soakSessions);
}

Report.Line();
return 0;
