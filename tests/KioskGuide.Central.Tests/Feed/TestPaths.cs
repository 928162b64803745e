using System.Runtime.CompilerServices;

namespace KioskGuide.Central.Tests.Feed;

/// <summary>Paths in the repository and throw-away folders for one test.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string ProfileDocs => Path.Combine(RepoRoot, "docs", "hsds-profile");

    /// <summary>Unmodified HSDS 3.1 schemas of the objects the profile uses, copied into the repository.</summary>
    public static string HsdsSchemas => Path.Combine(ProfileDocs, "hsds-3.1");

    public static string NewFolder()
    {
        var path = Path.Combine(Path.GetTempPath(), "kioskguide-feedserver-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
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
