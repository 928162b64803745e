using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace KioskGuide.Central.CitizenInput.Api;

/// <summary>RFC 9457 problem details (application/problem+json) for every refusal of the API.</summary>
internal static class Problems
{
    public static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);

    /// <summary>A 400 that names each field that is wrong, as <c>errors: { "field": ["what is wrong"] }</c>.</summary>
    public static ValidationProblem Invalid(string detail, IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: detail, title: "The answer was not accepted");

    public static ValidationProblem Invalid(string field, string problem) =>
        Invalid($"{field}: {problem}", new Dictionary<string, string[]> { [field] = [problem] });

    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        Problem(status, title, detail).ExecuteAsync(context);
}
