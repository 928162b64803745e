using System.Text;
using KioskGuide.Central.CitizenInput.Storage;
using KioskGuide.Domain.CitizenInput;
using Microsoft.Extensions.DependencyInjection;

namespace KioskGuide.Central.Tests.CitizenInput.Infrastructure;

public static class StoreAccess
{
    /// <summary>Every stored answer to the default questionnaire.</summary>
    public static Task<IReadOnlyList<QuestionnaireResponse>> GetStoredAsync(this IServiceProvider services) =>
        services.GetRequiredService<IResponseStore>().QueryAsync(new ResponseQuery("flere-i-faellesskaber"), CancellationToken.None);
}

/// <summary>The database file and its write-ahead log as text, to search for what must never be stored.</summary>
public static class DatabaseBytes
{
    public static async Task<string> ReadAllAsync(string path)
    {
        var text = new StringBuilder();
        foreach (var file in new[] { path, path + "-wal" }.Where(File.Exists))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(await reader.ReadToEndAsync());
        }

        // The database keeps text as UTF-8; decode it that way too, so "æ" can be searched for.
        return text.ToString() + Encoding.UTF8.GetString(Encoding.Latin1.GetBytes(text.ToString()));
    }
}
