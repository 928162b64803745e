using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace KioskGuide.Central;

/// <summary>
/// The central server's defaults live in <c>central-settings.json</c> in its content root, not in
/// <c>appsettings.json</c>: a test or tool that references both the kiosk and the server gets both hosts' files in
/// one output folder, and an <c>appsettings.json</c> of either would overwrite the other's (which one wins depends on
/// build order). Optional, as appsettings.json is; environment variables and <c>--Key=value</c> override it.
/// When the content root (the working directory, unless --contentRoot says otherwise) has no such file, the one
/// beside the program is read: a built server started from another folder keeps its settings.
/// </summary>
public static class CentralSettings
{
    public const string FileName = "central-settings.json";

    public static void AddTo(IConfigurationManager configuration, IHostEnvironment environment)
    {
        var source = new JsonConfigurationSource
        {
            Path = FileName,
            Optional = true,
            ReloadOnChange = false,
            FileProvider = File.Exists(Path.Combine(environment.ContentRootPath, FileName))
                ? environment.ContentRootFileProvider
                : new PhysicalFileProvider(AppContext.BaseDirectory),
        };
        // Before environment variables and the command line, so those keep the last word.
        var sources = configuration.Sources;
        var index = sources.ToList().FindIndex(s => s is EnvironmentVariablesConfigurationSource);
        sources.Insert(index < 0 ? sources.Count : index, source);
    }
}
