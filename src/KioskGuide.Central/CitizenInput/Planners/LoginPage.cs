using static KioskGuide.Central.CitizenInput.Planners.Html;

namespace KioskGuide.Central.CitizenInput.Planners;

/// <summary>The planners' login form (posted with an antiforgery token).</summary>
internal static class LoginPage
{
    public static string Render(AntiforgeryField antiforgery, string? returnUrl, string? error) => $"""
        {Head("Log ind – Borgerinput")}
        <body>
        <main>
        <form class="login" method="post" action="{PlannerRoutes.Login}">
        <h1>Borgerinput</h1>
        <p>Log ind for at se borgernes svar til handleplanen.</p>
        {(error is null ? "" : $"""<p class="error" role="alert">{E(error)}</p>""")}
        {antiforgery.Html}
        <input type="hidden" name="returnUrl" value="{E(returnUrl)}">
        <label>Brugernavn <input name="userName" autocomplete="username" required autofocus></label>
        <label>Adgangskode <input name="password" type="password" autocomplete="current-password" required></label>
        <button type="submit">Log ind</button>
        </form>
        </main>
        </body>
        </html>
        """;
}

/// <summary>The hidden field that carries the antiforgery token in every form that posts.</summary>
internal sealed record AntiforgeryField(string Name, string Token)
{
    public string Html => $"""<input type="hidden" name="{E(Name)}" value="{E(Token)}">""";
}
