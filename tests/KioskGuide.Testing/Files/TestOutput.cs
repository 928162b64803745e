namespace KioskGuide.Browser.Tests.Infrastructure;

/// <summary>test-output/ at the repository root (ignored by git): screenshots and reports to look at.</summary>
public static class TestOutput
{
    public static string Folder(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KioskGuide.sln")))
        {
            directory = directory.Parent;
        }

        var root = directory?.FullName ?? Path.GetTempPath();
        var folder = Path.Combine(root, "test-output", name);
        Directory.CreateDirectory(folder);
        return folder;
    }
}
