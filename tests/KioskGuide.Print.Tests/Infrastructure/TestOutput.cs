namespace KioskGuide.Print.Tests.Infrastructure;

/// <summary>test-output/print/ at the repository root (ignored by git): PDFs and PNGs a person can look at.</summary>
public static class TestOutput
{
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KioskGuide.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException($"No KioskGuide.sln above {AppContext.BaseDirectory}.");
    }

    public static string Folder(string name)
    {
        var folder = Path.Combine(RepositoryRoot(), "test-output", "print", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>A fresh, empty folder for one test's files.</summary>
    public static string FreshFolder(string name)
    {
        var folder = Folder(name);
        foreach (var file in Directory.GetFiles(folder))
        {
            File.Delete(file);
        }
        return folder;
    }
}
