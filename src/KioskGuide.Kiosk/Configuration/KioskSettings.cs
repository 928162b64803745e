using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace KioskGuide.Kiosk.Configuration;

/// <summary>
/// The kiosk's own appsettings.json, wherever it is started from: the host reads it from the content root (the
/// working directory), so a built kiosk started from another folder (a systemd unit, a desktop shortcut) would lose
/// its log levels and defaults. Then the file beside the program is read instead, before environment variables and
/// the command line, which keep the last word.
/// </summary>
public static class KioskSettings
{
    public const string FileName = "appsettings.json";

    public static void AddTo(IConfigurationManager configuration, IHostEnvironment environment)
    {
        if (File.Exists(Path.Combine(environment.ContentRootPath, FileName)) || !File.Exists(Path.Combine(AppContext.BaseDirectory, FileName)))
        {
            return;
        }

        var sources = configuration.Sources;
        var index = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource);
        sources.Insert(index < 0 ? sources.Count : index, new JsonConfigurationSource
        {
            Path = FileName,
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        });
    }
}
