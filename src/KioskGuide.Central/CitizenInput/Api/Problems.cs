using Microsoft.AspNetCore.Http;

namespace KioskGuide.Central.CitizenInput.Api;

/// <summary>RFC 9457 problem details (application/problem+json) for every refusal of the API.</summary>
internal static class Problems
{
    public static IResult Problem(int status, string title, string detail) =>
        Results.Problem(detail: detail, statusCode: status, title: title);

    /// <summary>A 400 that names each field that is wrong, as <c>errors: { "field": ["what is wrong"] }</c>.</summary>
    public static IResult Invalid(string detail, IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, detail: detail, title: "The answer was not accepted");

    public static IResult Invalid(string field, string problem) =>
        Invalid($"{field}: {problem}", new Dictionary<string, string[]> { [field] = [problem] });

    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        Problem(status, title, detail).ExecuteAsync(context);
}
