using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace KioskGuide.Testing;

/// <summary>Where the built central server and kiosk are, and how to start them as processes.</summary>
public static class BuiltApps
{
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Debug or Release, the same as this test assembly (the project references build them first).</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string CentralDll => Dll("KioskGuide.Central");

    public static string KioskDll => Dll("KioskGuide.Kiosk");

    /// <summary>A runnable under bench/, e.g. KioskGuide.InputDurability (the solution build builds it).</summary>
    public static string BenchDll(string project) => Dll(project, "bench");

    /// <summary>Runs a built dll with dotnet, or a published app's own executable (a path without ".dll") directly.</summary>
    public static ProcessStartInfo Dotnet(string dll, IEnumerable<string> args)
    {
        var isDll = dll.EndsWith(".dll", StringComparison.Ordinal);
        var info = new ProcessStartInfo(isDll ? "dotnet" : dll)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        if (isDll)
        {
            info.ArgumentList.Add(dll);
        }

        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // One line per log entry, so a ready line can be matched.
        info.Environment["Logging__Console__FormatterName"] = "simple";
        return info;
    }

    private static string Dll(string project, string folder = "src")
    {
        var path = Path.Combine(RepoRoot, folder, project, "bin", Configuration, "net10.0", project + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{path} is not built; build the solution ({Configuration}) first.");
    }

    private static string FindRepoRoot([CallerFilePath] string here = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(here)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KioskGuide.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KioskGuide.sln not found above " + here);
    }
}
