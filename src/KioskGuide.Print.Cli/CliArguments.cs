namespace KioskGuide.Print.Cli;

/// <summary>"command --name value ..." with every option given at most once; unknown options are errors, not ignored.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    private CliArguments(string command) => Command = command;

    public string Command { get; }

    public static CliArguments Parse(string[] args, IReadOnlyCollection<string> allowed)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            throw new UsageException("Name a command: catalogue or leaflet.");
        }

        var result = new CliArguments(args[0]);
        for (int i = 1; i < args.Length; i += 2)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || !allowed.Contains(name[2..]))
            {
                throw new UsageException($"Unknown option '{name}'. Options: {string.Join(", ", allowed.Select(a => "--" + a))}.");
            }
            if (i + 1 >= args.Length)
            {
                throw new UsageException($"Option '{name}' needs a value.");
            }
            if (!result._options.TryAdd(name[2..], args[i + 1]))
            {
                throw new UsageException($"Option '{name}' is given twice.");
            }
        }
        return result;
    }

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public T Enum<T>(string name, T fallback) where T : struct, System.Enum =>
        Get(name) is not { } text ? fallback
        : System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value) ? value
        : throw new UsageException($"--{name} must be one of {string.Join(", ", System.Enum.GetNames<T>())}, not '{text}'.");
}

internal sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message) : base(message)
    {
    }

    public UsageException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
