using System.Globalization;
using System.Text.RegularExpressions;
using NJsonSchema;
using NJsonSchema.Validation;

namespace KioskGuide.Feed.Profile;

/// <summary>
/// The profile's JSON Schema (docs/hsds-profile/service.schema.json, embedded), checked with NJsonSchema.
/// One instance serves the whole process; validation is read-only and thread-safe.
/// </summary>
public sealed partial class ProfileSchema
{
    public const string ResourceName = "KioskGuide.Feed.service.schema.json";

    private static readonly Lazy<ProfileSchema> Shared = new(Load);

    private readonly JsonSchema _schema;

    private ProfileSchema(JsonSchema schema) => _schema = schema;

    public static ProfileSchema Service => Shared.Value;

    /// <summary>The schema's text exactly as documented, for serving and for tests.</summary>
    public static string ReadText()
    {
        using var stream = typeof(ProfileSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded schema '{ResourceName}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every leaf problem, in document order; empty when the service is valid.</summary>
    public IReadOnlyList<SchemaProblem> Validate(string json)
    {
        var problems = new List<SchemaProblem>();
        foreach (var error in _schema.Validate(json))
        {
            Collect(error, problems);
        }

        return [.. problems.DistinctBy(p => p.Message, StringComparer.Ordinal)];
    }

    private static ProfileSchema Load() => new(JsonSchema.FromJsonAsync(ReadText()).GetAwaiter().GetResult());

    private static void Collect(ValidationError error, List<SchemaProblem> problems)
    {
        switch (error)
        {
            case ChildSchemaValidationError child:
                foreach (var nested in child.Errors.Values.SelectMany(e => e))
                {
                    Collect(nested, problems);
                }

                if (child.Errors.Count == 0)
                {
                    problems.Add(Problem(error));
                }

                break;
            case MultiTypeValidationError multi:
                foreach (var nested in multi.Errors.Values.SelectMany(e => e))
                {
                    Collect(nested, problems);
                }

                break;
            default:
                problems.Add(Problem(error));
                break;
        }
    }

    private static SchemaProblem Problem(ValidationError error)
    {
        var path = ParsePath(error.Path); // For a missing property NJsonSchema's path already ends with its name.
        string pointer = "/" + string.Join('/', path);
        return new SchemaProblem(path, $"{pointer}: {Describe(error.Kind)}");
    }

    /// <summary>"#/schedules[0].byday" → ["schedules", 0, "byday"].</summary>
    private static List<object> ParsePath(string? path)
    {
        var result = new List<object>();
        if (string.IsNullOrEmpty(path))
        {
            return result;
        }

        foreach (Match m in PathPart().Matches(path.TrimStart('#', '/')))
        {
            result.Add(m.Groups["index"].Success ? int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture) : m.Groups["name"].Value);
        }

        return result;
    }

    private static string Describe(ValidationErrorKind kind) => kind switch
    {
        ValidationErrorKind.PropertyRequired => "is required but missing",
        ValidationErrorKind.NotInEnumeration => "is not one of the allowed values",
        ValidationErrorKind.PatternMismatch => "has the wrong format",
        ValidationErrorKind.StringTooLong => "is too long",
        ValidationErrorKind.StringTooShort => "is too short",
        ValidationErrorKind.TooManyItems => "has too many items",
        ValidationErrorKind.NumberTooSmall => "is too small",
        ValidationErrorKind.NumberTooBig => "is too big",
        ValidationErrorKind.UriExpected => "is not an absolute URI",
        ValidationErrorKind.DateExpected => "is not a date (YYYY-MM-DD)",
        ValidationErrorKind.DateTimeExpected => "is not a date-time",
        ValidationErrorKind.EmailExpected => "is not an e-mail address",
        ValidationErrorKind.NotAllOf or ValidationErrorKind.NotAnyOf or ValidationErrorKind.NotOneOf => "does not match the schema",
        _ when kind.ToString().EndsWith("Expected", StringComparison.Ordinal) => $"has the wrong type ({kind})",
        _ => kind.ToString(),
    };

    [GeneratedRegex(@"(?<name>[^.\[\]]+)|\[(?<index>\d+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex PathPart();
}
