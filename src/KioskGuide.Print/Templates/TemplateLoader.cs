using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace KioskGuide.Print.Templates;

/// <summary>
/// Reads a template file. Anything wrong (bad JSON, a misspelt or unknown field, a value of the wrong
/// kind or out of range) becomes one <see cref="TemplateException"/> naming the file, the field and what is allowed.
/// </summary>
public static partial class TemplateLoader
{
    private static readonly JsonSerializerOptions Json = CreateOptions();

    public static PrintTemplate Load(string path, TemplateKind kind)
    {
        if (!File.Exists(path))
        {
            throw new TemplateException(path, "(file)", "does not exist", $"a {TemplateFields.FileName(kind)} as described in print-templates/README.md");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            throw new TemplateException(path, "(file)", $"is not valid JSON (line {ex.LineNumber + 1}: {ex.Message})", "JSON as described in print-templates/README.md", ex);
        }

        using (document)
        {
            PrintTemplate template;
            try
            {
                template = document.Deserialize<PrintTemplate>(Json) ?? throw new JsonException("The template is null.");
            }
            catch (JsonException ex)
            {
                throw Explain(path, document.RootElement, ex);
            }

            template.SourceFile = Path.GetFullPath(path);
            TemplateValidator.Validate(template, kind, path);
            return template;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Turns the serializer's message into one a municipality's web editor can act on.</summary>
    private static TemplateException Explain(string file, JsonElement root, JsonException ex)
    {
        var segments = Segments(ex.Path);
        string field = segments.Count == 0 ? "(file)" : string.Join('.', segments).Replace(".[", "[", StringComparison.Ordinal);

        if (ex.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var name = UnknownName().Match(ex.Message) is { Success: true } m ? m.Groups[1].Value : field;
            var parent = TypeAt(segments.Count > 0 && segments[^1] == name ? segments[..^1] : segments);
            string prefix = segments.Count > 0 && segments[^1] == name ? field : (field == "(file)" ? name : $"{field}.{name}");
            return new TemplateException(file, prefix, "is not a known field", parent is null ? "see print-templates/README.md" : string.Join(", ", JsonNames(parent)), ex);
        }

        if (ex.Message.Contains("missing required properties", StringComparison.Ordinal))
        {
            var missing = string.Join(", ", Quoted().Matches(ex.Message[ex.Message.IndexOf("including", StringComparison.Ordinal)..]).Select(q => q.Groups[1].Value));
            return new TemplateException(file, field == "(file)" ? missing : $"{field}.{missing}", "is missing", "it is required; see print-templates/README.md", ex);
        }

        var type = TypeAt(segments);
        string found = ValueAt(root, segments) is { } value ? $"is {value.GetRawText()}, which is not allowed" : "has a value of the wrong kind";
        return new TemplateException(file, field, found, Expected(type), ex);
    }

    private static string Expected(Type? type) => type switch
    {
        null => "see print-templates/README.md",
        { IsEnum: true } => string.Join(", ", Enum.GetNames(type).Select(n => $"\"{n}\"")),
        _ when type == typeof(float) || type == typeof(int) => "a number",
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(string) => "a text in quotes",
        _ when type == typeof(LocalText) => "an object like {\"da\": \"Dansk tekst\", \"en\": \"English text\"}",
        _ when type.IsGenericType => "a list in square brackets, e.g. [\"...\"]",
        _ => $"an object with the fields {string.Join(", ", JsonNames(type))}",
    };

    /// <summary>"$.sizesPt.body" → [sizesPt, body]; "$.fields[2]" → [fields, [2]].</summary>
    private static List<string> Segments(string? path)
    {
        var result = new List<string>();
        if (string.IsNullOrEmpty(path))
        {
            return result;
        }

        foreach (Match m in PathSegment().Matches(path))
        {
            result.Add(m.Value.StartsWith('.') ? m.Value[1..] : m.Value);
        }
        return result;
    }

    private static Type? TypeAt(IEnumerable<string> segments)
    {
        Type? type = typeof(PrintTemplate);
        foreach (var segment in segments)
        {
            if (type is null)
            {
                return null;
            }
            type = segment.StartsWith('[')
                ? type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0]
                : Properties(type).FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == segment)?.PropertyType;
        }
        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    private static JsonElement? ValueAt(JsonElement root, IEnumerable<string> segments)
    {
        var current = root;
        foreach (var segment in segments)
        {
            if (segment.StartsWith('[') && current.ValueKind == JsonValueKind.Array && int.TryParse(segment.Trim('[', ']'), out int index) && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else
            {
                return null;
            }
        }
        return current;
    }

    private static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null);

    private static IEnumerable<string> JsonNames(Type type) =>
        type == typeof(LocalText) ? ["da", "en"] : Properties(type).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name));

    [GeneratedRegex(@"\.[A-Za-z0-9_$]+|\[\d+\]")]
    private static partial Regex PathSegment();

    [GeneratedRegex("property '([^']+)'")]
    private static partial Regex UnknownName();

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex Quoted();
}
