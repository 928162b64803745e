using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KioskGuide.Hosting;

/// <summary>
/// A bad setting, said in one line that names the setting and what it may be, with exit code 78 (EX_CONFIG from
/// sysexits.h): the unit files say RestartPreventExitStatus=78, so systemd does not restart a host that cannot start
/// until someone mends its configuration. Both hosts start through it.
/// </summary>
public static partial class ConfigurationErrors
{
    /// <summary>EX_CONFIG: "something was found in an unconfigured or misconfigured state".</summary>
    public const int ExitCode = 78;

    /// <summary>
    /// Every ValidateOnStart check now, before the host starts: an error thrown here is ours to say in one line,
    /// where the host's StartAsync would log it first with its stack trace.
    /// </summary>
    public static void ValidateNow(IServiceProvider services) => services.GetService<IStartupValidator>()?.Validate();

    /// <summary>Runs <paramref name="start"/>; a configuration error becomes one line on standard error and exit code 78.</summary>
    public static async Task<int> RunAsync(string host, Func<Task<int>> start, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            return await start();
        }
        catch (Exception ex) when (Describe(ex) is { } line)
        {
            await error.WriteLineAsync($"{host}: configuration error: {line}");
            return ExitCode;
        }
    }

    /// <summary>The one line for a configuration error, or null when <paramref name="exception"/> is not one.</summary>
    public static string? Describe(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case OptionsValidationException invalid:
                    return string.Join(" ", invalid.Failures.Select(Failure));
                case InvalidOperationException when ConversionFailed().Match(ex.Message) is { Success: true } m:
                    return $"{m.Groups["path"].Value}{(m.Groups["value"].Success ? $" is '{m.Groups["value"].Value}'" : " is not valid")}; it must be {Allowed(m.Groups["type"].Value)}.";
                case FileNotFoundException missing when missing.Message.Contains("configuration file", StringComparison.OrdinalIgnoreCase):
                    return missing.Message.ReplaceLineEndings(" ");
                case InvalidDataException broken when broken.Message.StartsWith("Failed to load configuration", StringComparison.Ordinal):
                    return $"{broken.Message.ReplaceLineEndings(" ")} {broken.InnerException?.Message.ReplaceLineEndings(" ")}".TrimEnd();
                case AggregateException aggregate when aggregate.InnerExceptions.Count > 0:
                    return Describe(aggregate.InnerExceptions[0]);
                default:
                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// "DataAnnotation validation failed for 'KioskOptions' members: 'IdleWarningSeconds' with the error: '…'." becomes
    /// "Kiosk:IdleWarningSeconds: …"; a validator's own text (which names its setting already) is kept.
    /// </summary>
    private static string Failure(string failure)
    {
        var m = DataAnnotationFailure().Match(failure);
        if (!m.Success)
        {
            return failure.TrimEnd();
        }

        string section = SectionOf(m.Groups["type"].Value);
        string message = m.Groups["message"].Value.TrimEnd('.');
        return $"{section}:{m.Groups["member"].Value}: {message}.";
    }

    /// <summary>The options class's own "Section" constant (KioskOptions: "Kiosk", InputOptions: "Input").</summary>
    private static string SectionOf(string optionsTypeName)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies()
            .SelectMany(a => { try { return a.GetTypes(); } catch (System.Reflection.ReflectionTypeLoadException) { return []; } })
            .FirstOrDefault(t => t.Name == optionsTypeName && t.Namespace?.StartsWith("KioskGuide", StringComparison.Ordinal) == true);
        return type?.GetField("Section")?.GetRawConstantValue() as string ?? optionsTypeName;
    }

    private static string Allowed(string typeName)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName, throwOnError: false)).FirstOrDefault(t => t is not null);
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) || type == typeof(float) => "a number",
            _ when type == typeof(TimeSpan) => "a time span such as 00:05:00",
            _ when type == typeof(Uri) => "an absolute address such as https://example.dk/",
            _ => $"a value of type {typeName}",
        };
    }

    [GeneratedRegex(@"^DataAnnotation validation failed for '(?<type>[^']+)' members: '(?<member>[^']*)' with the error: '(?<message>.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex DataAnnotationFailure();

    [GeneratedRegex(@"^Failed to convert configuration value (?:'(?<value>.*)' )?at '(?<path>[^']+)' to type '(?<type>[^']+)'")]
    private static partial Regex ConversionFailed();
}
