using System.Xml.Linq;

namespace KioskGuide.Domain.Tests.Architecture;

/// <summary>
/// The split of docs/architecture.md, read from the .csproj files themselves: a library that must stay free of
/// the web framework or of the kiosk's store fails here the moment someone adds the reference.
/// </summary>
public sealed class ProjectReferenceTests
{
    private static readonly string[] FrameworkFree =
        ["KioskGuide.Domain", "KioskGuide.Feed", "KioskGuide.Storage", "KioskGuide.Sync", "KioskGuide.Print", "KioskGuide.Sqlite", "KioskGuide.Hosting"];

    [Theory]
    [MemberData(nameof(Libraries))]
    public void A_library_does_not_take_the_ASP_NET_Core_framework(string project)
    {
        var document = Load(project);
        Assert.DoesNotContain(document.Descendants("FrameworkReference"), e => (string?)e.Attribute("Include") == "Microsoft.AspNetCore.App");
        Assert.Equal("Microsoft.NET.Sdk", (string?)document.Root!.Attribute("Sdk"));
    }

    [Fact]
    public void The_domain_core_references_nothing()
    {
        var document = Load("KioskGuide.Domain");
        Assert.Empty(document.Descendants("ProjectReference"));
        Assert.Empty(document.Descendants("PackageReference"));
    }

    [Fact]
    public void The_central_server_does_not_reference_the_kiosks_store_or_the_kiosk()
    {
        var references = ProjectReferences("KioskGuide.Central");
        Assert.DoesNotContain("KioskGuide.Storage", references);
        Assert.DoesNotContain("KioskGuide.Kiosk", references);
        Assert.DoesNotContain("KioskGuide.Sync", references);
    }

    [Fact]
    public void No_project_compiles_another_projects_files()
    {
        var offenders = AllProjects()
            .Where(p => XDocument.Load(p).Descendants("Compile").Any(e => ((string?)e.Attribute("Include"))?.StartsWith("..", StringComparison.Ordinal) == true))
            .Select(Path.GetFileName)
            .ToList();
        // Shared test support lives in tests/KioskGuide.Testing and is referenced, never linked.
        Assert.Empty(offenders);
    }

    [Fact]
    public void No_test_project_references_a_bench_and_no_library_references_a_test_project()
    {
        var root = RepositoryRoot();
        foreach (var project in AllProjects())
        {
            var relative = Path.GetRelativePath(root, project);
            var references = XDocument.Load(project).Descendants("ProjectReference").Select(e => ((string?)e.Attribute("Include"))!.Replace('\\', '/')).ToList();
            if (relative.StartsWith("tests/", StringComparison.Ordinal))
            {
                Assert.DoesNotContain(references, r => r.Contains("/bench/", StringComparison.Ordinal));
            }

            if (relative.StartsWith("src/", StringComparison.Ordinal))
            {
                Assert.DoesNotContain(references, r => r.Contains("/tests/", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void Every_test_project_takes_the_shared_test_support_from_tests_Directory_Build_props()
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot(), "tests", "Directory.Build.props"));
        Assert.Contains(props.Descendants("ProjectReference"), e => ((string?)e.Attribute("Include"))!.EndsWith("KioskGuide.Testing/KioskGuide.Testing.csproj", StringComparison.Ordinal));
        Assert.Contains(AllProjects(), p => p.EndsWith("tests/KioskGuide.Testing/KioskGuide.Testing.csproj", StringComparison.Ordinal));
    }

    private static IEnumerable<string> AllProjects() =>
        Directory.EnumerateFiles(RepositoryRoot(), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/bin/", StringComparison.Ordinal) && !p.Contains("/obj/", StringComparison.Ordinal));

    public static TheoryData<string> Libraries() => new(FrameworkFree);

    private static List<string> ProjectReferences(string project) =>
        Load(project).Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include"))!.Replace('\\', '/')))
            .ToList();

    private static XDocument Load(string project) =>
        XDocument.Load(Path.Combine(RepositoryRoot(), "src", project, project + ".csproj"));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "KioskGuide.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("KioskGuide.sln not found above " + AppContext.BaseDirectory);
    }
}
