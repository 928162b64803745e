namespace KioskGuide.InputDurability;

/// <summary>
/// <c>run [--cycles N] [--seed S] [--work DIR] [--max-life-ms MS]</c>: the whole proof, printing "lost=… duplicated=…" (exit 1 unless both are 0).
/// <c>kiosk …</c> and <c>serve …</c> are the two child processes it starts; they are not meant to be run by hand.
/// </summary>
internal static class DurabilityProgram
{
    public static async Task<int> Main(string[] args)
    {
        var options = Arguments.Parse(args.Skip(1));
        switch (args.FirstOrDefault())
        {
            case "kiosk":
                return await KioskDriver.RunAsync(KioskDriverSettings.From(options));
            case "serve":
                await ServerMode.RunAsync(options);
                return 0;
            case "run":
                var settings = new DurabilitySettings
                {
                    Cycles = int.Parse(options.GetValueOrDefault("cycles", "1000"), System.Globalization.CultureInfo.InvariantCulture),
                    Seed = options.TryGetValue("seed", out var seed) ? int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture) : null,
                    WorkDirectory = options.GetValueOrDefault("work"),
                    MaxLifetimeMs = int.Parse(options.GetValueOrDefault("max-life-ms", "250"), System.Globalization.CultureInfo.InvariantCulture),
                };
                var result = await DurabilityRun.RunAsync(settings, Console.Out);
                Console.WriteLine(result.Summary);
                return result.Passed ? 0 : 1;
            default:
                await Console.Error.WriteLineAsync("Usage: run [--cycles 1000] [--seed N] [--work DIR] [--max-life-ms 250]");
                return 2;
        }
    }
}

/// <summary>"--name value" pairs.</summary>
internal static class Arguments
{
    public static Dictionary<string, string> Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal))
            {
                var hasValue = i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal);
                options[list[i][2..]] = hasValue ? list[++i] : "true";
            }
        }

        return options;
    }
}
