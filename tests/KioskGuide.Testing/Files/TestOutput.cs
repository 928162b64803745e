namespace KioskGuide.Testing;

/// <summary>test-output/ at the repository root (ignored by git): screenshots, PDFs and reports a person can look at.</summary>
public static class TestOutput
{
    public static string RepositoryRoot { get; } = BuiltApps.RepoRoot;

    /// <param name="name">A folder under test-output/, e.g. "screens" or "print/leaflets".</param>
    public static string Folder(string name)
    {
        var folder = Path.Combine(RepositoryRoot, "test-output", name);
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
